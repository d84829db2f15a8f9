// expect: exit 7
#define MODE 2
#if MODE == 1
int pick(void) { return 1; }
#elif MODE == 2
int pick(void) { return 7; }
#endif
int main(void) { return pick(); }
