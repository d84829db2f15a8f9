// expect: exit 1
// expect-output: 1
// expect-output: 0
// expect-output: 0
// expect-output: 1
// expect-output: 0
// expect-output: 0
// expect-output: 1
// expect-output: 1
// expect-output: 1
// Mixed signed/unsigned comparisons follow the usual arithmetic conversions.
#include <stdio.h>
int main(void) {
  long long sl = -1;
  unsigned long long ul = 1;
  unsigned int ui = 1;
  int si = -1;
  printf("%d\n", sl < ui);        /* unsigned int converts to long long: -1 < 1 */
  printf("%d\n", si < ul);        /* int converts to unsigned long long: huge > 1 */
  printf("%d\n", sl < ul);        /* long long converts to unsigned long long */
  printf("%d\n", si < sl + 1);    /* int converts to long long */
  printf("%d\n", 0xffffffffu == -1LL);
  printf("%d\n", 0xffffffffu == (unsigned long long)-1);
  printf("%d\n", -1 == 0xffffffffffffffffULL);
  printf("%d\n", (unsigned char)255 > -1LL);
  printf("%d\n", 4294967296LL > 4294967295u);
  return (sl < ui) + (si < ul) * 2;
}
