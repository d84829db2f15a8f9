// expect: exit 5
#define X 1
int main(void) {
  int r = 0;
#if X
#  if 0
  r = 1;
#  else
  r = 5;
#  endif
#else
  r = 9;
#endif
  return r;
}
