// expect: exit 6
int main(void) {
  int s = 0;
  switch (2) {
    case 1: s += 1;
    case 2: s += 2;
    case 3: s += 4; break;
    case 4: s += 8;
  }
  return s;
}
