// expect: exit 0
// expect-output: woof 4
#include <stdio.h>
struct animal { const char *sound; int (*legs)(void); };
int four(void) { return 4; }
void speak(struct animal *a) { printf("%s %d\n", a->sound, a->legs()); }
int main(void) { struct animal dog = {"woof", four}; speak(&dog); return 0; }
