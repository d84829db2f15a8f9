/* serial.h: COM1 (0x3F8), the console's output and input. */
#ifndef KERNEL_SERIAL_H
#define KERNEL_SERIAL_H

void serial_init(void);
void serial_putc(int c);
void serial_irq(void);          /* IRQ 4 (and every tick): move received bytes into the tty while it has room */

#endif
