// expect: exit 0
// expect-output: 4 9 49
// stdin: the quick brown fox
// stdin:   jumps over
// stdin:
// stdin: the lazy dog  
/* K&R's word counter: lines, words and characters of stdin. */
#include <stdio.h>
#define IN 1
#define OUT 0
int main(void) {
  int c, nl = 0, nw = 0, nc = 0, state = OUT;
  while ((c = getc(stdin)) != EOF) {
    ++nc;
    if (c == '\n') ++nl;
    if (c == ' ' || c == '\n' || c == '\t') state = OUT;
    else if (state == OUT) { state = IN; ++nw; }
  }
  printf("%d %d %d\n", nl, nw, nc);
  return 0;
}
