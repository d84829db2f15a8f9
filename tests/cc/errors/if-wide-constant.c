// expect-error: #if arithmetic is 32-bit: '0x100000000' does not fit
#if 0x100000000 > 1
int x;
#endif
