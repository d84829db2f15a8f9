// expect: exit 1
// expect-output: a 21474836487 5 ffffffffffffffff
// expect-output: 21474836844 -42949672617
// expect-output: 15 24
// long long struct members: layout, by-value arguments and results, copies.
#include <stdio.h>
struct rec { char tag; long long big; int small; unsigned long long flags; };
struct rec make(char t, long long b) {
  struct rec r;
  r.tag = t; r.big = b; r.small = (int)(b >> 32); r.flags = ~0ULL;
  return r;
}
long long total(struct rec r) { return r.big + r.small + (long long)(r.flags & 0xff) + r.tag; }
int main(void) {
  struct rec a = make('a', 0x500000007LL);
  struct rec b = a;
  b.big *= -2;
  printf("%c %lld %d %llx\n", a.tag, a.big, a.small, a.flags);
  printf("%lld %lld\n", total(a), total(b));
  struct rec *p = &b;
  p->flags >>= 60;
  printf("%llu %d\n", p->flags, (int)sizeof(struct rec));
  return (int)total(make(1, 1));
}
