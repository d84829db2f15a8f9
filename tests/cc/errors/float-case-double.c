// expect-error: case label does not reduce to an integer constant
int main(void) { int x = 1; switch (x) { case 1.5: return 1; } return 0; }
