// expect: exit 2
// expect-output: line 3: bad
// expect-output: line 5: bad
// expect-output: 26 47 (2 bad)
// stdin: 1 2
// stdin: 30 40
// stdin: oops
// stdin: -5 5
// stdin: 7
/* sscanf on each line from fgets: sums of two columns, bad lines reported. */
#include <stdio.h>
int main(void) {
  char line[80];
  int a, b, sa = 0, sb = 0, bad = 0, no = 0;
  while (fgets(line, sizeof line, stdin)) {
    no++;
    if (sscanf(line, "%d %d", &a, &b) != 2) { printf("line %d: bad\n", no); bad++; continue; }
    sa += a; sb += b;
  }
  printf("%d %d (%d bad)\n", sa, sb, bad);
  return bad;
}
