// expect: exit 0
// expect-output:  97: al1 di0 sp0 up0 lo1 pu0 pr1 gr1 cn0 xd1 bl0 an1
// expect-output:  90: al1 di0 sp0 up1 lo0 pu0 pr1 gr1 cn0 xd0 bl0 an1
// expect-output:  53: al0 di1 sp0 up0 lo0 pu0 pr1 gr1 cn0 xd1 bl0 an1
// expect-output:  32: al0 di0 sp1 up0 lo0 pu0 pr1 gr0 cn0 xd0 bl1 an0
// expect-output:  95: al0 di0 sp0 up0 lo0 pu1 pr1 gr1 cn0 xd0 bl0 an0
// expect-output:   9: al0 di0 sp1 up0 lo0 pu0 pr0 gr0 cn1 xd0 bl1 an0
// expect-output:  33: al0 di0 sp0 up0 lo0 pu1 pr1 gr1 cn0 xd0 bl0 an0
// expect-output: 126: al0 di0 sp0 up0 lo0 pu1 pr1 gr1 cn0 xd0 bl0 an0
// expect-output:  10: al0 di0 sp1 up0 lo0 pu0 pr0 gr0 cn1 xd0 bl0 an0
// expect-output: Aq1@
// expect-output: 32 punctuation
#include <stdio.h>
#include <ctype.h>
int main(void) {
  const char *s = "aZ5 _\t!~\n";
  for (const char *p = s; *p; p++) {
    int c = (unsigned char)*p;
    printf("%3d: al%d di%d sp%d up%d lo%d pu%d pr%d gr%d cn%d xd%d bl%d an%d\n", c,
      !!isalpha(c), !!isdigit(c), !!isspace(c), !!isupper(c), !!islower(c), !!ispunct(c),
      !!isprint(c), !!isgraph(c), !!iscntrl(c), !!isxdigit(c), !!isblank(c), !!isalnum(c));
  }
  printf("%c%c%c%c\n", toupper('a'), tolower('Q'), toupper('1'), tolower('@'));
  int n = 0;
  for (int c = 0; c < 128; c++) n += !!ispunct(c);
  printf("%d punctuation\n", n);
  return 0;
}
