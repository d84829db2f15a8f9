// expect: exit 3
typedef int T;
int main(void) {
  T x = 1;
  { typedef char T; T y = 2; x += y; }
  return x;
}
