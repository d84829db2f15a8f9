// expect: exit 5
int main(void) { int i; for (i = 0; i < 5; i++); while (0); if (1); else; return i; }
