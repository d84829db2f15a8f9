/* tty.h: the console as a terminal: a line discipline between COM1 and the
 * processes that read fd 0. */
#ifndef KERNEL_TTY_H
#define KERNEL_TTY_H

#include "types.h"

#define TTY_HISTORY 16

/* May the UART be drained into the tty? (0: its buffer is full; the bytes
 * wait in the UART and on the host, nothing is dropped) */
int tty_has_room(void);
/* One received byte (from the serial IRQ or the timer's poll). */
void tty_input(int c);
/* read(2) on the console: blocks for a line; 0 at end of file (Ctrl-D). */
int tty_read(char *buf, int n);
void tty_set_foreground(int pgid);
int tty_foreground(void);

#endif
