// expect: exit 0
// expect-output: [+5] [ 5] [0xff] [0XFF] [010] [100]
// expect-output: [007] [] [ -007] [03    ] [-0042] [+0007]
// expect-output: [    1] [2    ] [3    ] [0009]
// expect-output: [he] [     abc] [left    ] [tru]
// expect-output: [44] [255] [4464] [4464] [9] [-5]
// expect-output: [-1234567890123] [10] [0xabcdef123] [                  42]
// expect-output: [%y] [1] [%5k] [x]
// expect-warning: unknown conversion type character 'y' in format [-Wformat=]
/* printf is the kernel's (a syscall): its formatter knows the same integer
 * conversions, flags, precision and * as the runtime's sprintf. */
#include <stdio.h>
#include <stddef.h>
int main(void) {
  printf("[%+d] [% d] [%#x] [%#X] [%#o] [%o]\n", 5, 5, 255, 255, 8, 64);
  printf("[%.3d] [%.0d] [%5.3d] [%-6.2d] [%05d] [%+05d]\n", 7, 0, -7, 3, -42, 7);
  printf("[%*d] [%-*d] [%*d] [%.*d]\n", 5, 1, 5, 2, -5, 3, 4, 9);
  printf("[%.2s] [%8.3s] [%-8s] [%.*s]\n", "hello", "abcdef", "left", 3, "truncated");
  printf("[%hhd] [%hhu] [%hd] [%hu] [%zu] [%ld]\n", 300, 511, 70000, 70000, (size_t)9, -5L);
  printf("[%lld] [%llo] [%#llx] [%20lld]\n", -1234567890123LL, 8ULL, 0xabcdef123ULL, 42LL);
  printf("[%y] [%d] [%5k] [%s]\n", 1, "x");
  return 0;
}
