// expect: exit 10
int main(void) {
  int i = 10;
  for (int i = 0; i < 3; i++) {}
  return i;
}
