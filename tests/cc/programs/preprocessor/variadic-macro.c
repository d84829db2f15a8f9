// expect: exit 0
// expect-output: [3] a 1
#include <stdio.h>
#define LOG(fmt, ...) printf("[%d] " fmt "\n", 3, __VA_ARGS__)
int main(void) { LOG("%s %d", "a", 1); return 0; }
