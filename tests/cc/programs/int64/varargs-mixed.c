// expect: exit 0
// expect-output: i:1 l:-2 u:ffffffff00000001 i:4 
// expect-output: s:x l:9223372034707292160 s:y l:-1 
// expect-output: i:65 u:410000000000 l:65 
// A variadic function reading int, long long, unsigned long long and pointers in turn.
#include <stdio.h>
#include <stdarg.h>
void show(const char *kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  for (; *kinds; kinds++) {
    if (*kinds == 'i') printf("i:%d ", va_arg(ap, int));
    else if (*kinds == 'l') printf("l:%lld ", va_arg(ap, long long));
    else if (*kinds == 'u') printf("u:%llx ", va_arg(ap, unsigned long long));
    else if (*kinds == 's') printf("s:%s ", va_arg(ap, char *));
  }
  va_end(ap);
  printf("\n");
}
int main(void) {
  char c = 'A';
  show("ilui", 1, -2LL, 0xffffffff00000001ULL, 4);
  show("slsl", "x", 0x7fffffff80000000LL, "y", -1LL);
  show("iul", c, (unsigned long long)c << 40, (long long)c);
  return 0;
}
