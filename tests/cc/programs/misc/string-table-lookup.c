// expect: exit 2
#include <string.h>
static const char *const keywords[] = {"if", "else", "while", "for", 0};
int lookup(const char *w) { for (int i = 0; keywords[i]; i++) if (strcmp(keywords[i], w) == 0) return i; return -1; }
int main(void) { return lookup("while"); }
