/* ringside.h: ringside-specific system calls. */
#ifndef _RINGSIDE_H
#define _RINGSIDE_H
int peek(int addr);        /* read a byte of the caller's own window */
int poke(int addr, int value);
int ticks(void);           /* timer ticks (100 per virtual second) */
#endif
