// expect-error: 'break' statement not within a loop or switch
int main(void) { break; return 0; }
