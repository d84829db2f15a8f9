/* serial.h: COM1 (0x3F8), the console's output and input. */
#ifndef KERNEL_SERIAL_H
#define KERNEL_SERIAL_H

void serial_init(void);
void serial_putc(int c);
int serial_poll(void);          /* a received byte, or -1 when none is waiting */
void serial_irq(void);          /* IRQ 4: move received bytes into the input queue */
int serial_read_queued(void);   /* next queued input byte, or -1 */
int serial_take_interrupt(void); /* 1 (once) if Ctrl-C arrived since the last call */

#endif
