// expect: exit 0
// expect-output: getpid=1 add=5 bad=-1
#include <stdio.h>
typedef int (*handler)(int *args);
int sys_getpid(int *args) { return 1; }
int sys_add(int *args) { return args[0] + args[1]; }
handler table[] = { 0, sys_getpid, sys_add };
int dispatch(unsigned nr, int *args) {
  if (nr >= sizeof table / sizeof table[0] || !table[nr]) return -1;
  return table[nr](args);
}
int main(void) {
  int args[2] = {2, 3};
  printf("getpid=%d add=%d bad=%d\n", dispatch(1, args), dispatch(2, args), dispatch(7, args));
  return 0;
}
