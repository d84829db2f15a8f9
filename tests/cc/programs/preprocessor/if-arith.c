// expect: exit 1
#if (3 * 4 + 2) % 5 == 4 && !defined(NOPE) && (1 ? 2 : 3) == 2 && 'a' == 97
int main(void) { return 1; }
#else
int main(void) { return 0; }
#endif
