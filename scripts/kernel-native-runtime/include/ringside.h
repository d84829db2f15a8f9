/* ringside.h (native build shim). */
#ifndef NATIVE_RINGSIDE_H
#define NATIVE_RINGSIDE_H
int peek(int addr);
int poke(int addr, int value);
int ticks(void);
#endif
