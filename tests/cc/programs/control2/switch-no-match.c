// expect: exit 4
int main(void) { int r = 4; switch (9) { case 1: r = 1; } return r; }
