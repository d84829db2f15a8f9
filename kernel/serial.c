/* serial.c: the 16550 UART at COM1, polled for output, interrupt-driven
 * (IRQ 4) for input with a polling fallback on every timer tick. Received
 * bytes go straight to the tty; while its buffer is full they stay in the
 * UART (and on the wire), so nothing typed ahead is ever dropped. */
#include "serial.h"
#include "tty.h"
#include "x86.h"

#define COM1 0x3F8
#define REG_DATA 0
#define REG_IER 1
#define REG_FCR 2
#define REG_LCR 3
#define REG_MCR 4
#define REG_LSR 5
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20

void serial_init(void)
{
    outb(COM1 + REG_IER, 0x00);     /* no interrupts while configuring */
    outb(COM1 + REG_LCR, 0x80);     /* DLAB: the next two writes set the divisor */
    outb(COM1 + REG_DATA, 0x01);    /* 115200 baud */
    outb(COM1 + REG_IER, 0x00);
    outb(COM1 + REG_LCR, 0x03);     /* 8 data bits, no parity, 1 stop bit */
    outb(COM1 + REG_FCR, 0xC7);     /* FIFOs on and cleared */
    outb(COM1 + REG_MCR, 0x0B);     /* DTR, RTS, OUT2 (OUT2 gates the IRQ line on a PC) */
    outb(COM1 + REG_IER, 0x01);     /* interrupt when a byte arrives */
}

void serial_putc(int c)
{
    int spins = 0;
    /* Bounded wait: a missing UART must not hang the kernel. */
    while ((inb(COM1 + REG_LSR) & LSR_THR_EMPTY) == 0 && spins < 100000)
        spins++;
    outb(COM1 + REG_DATA, (u32)(c & 0xFF));
}

static int serial_poll(void)
{
    if (inb(COM1 + REG_LSR) & LSR_DATA_READY)
        return (int)inb(COM1 + REG_DATA);
    return -1;
}

void serial_irq(void)
{
    int c;
    while (tty_has_room() && (c = serial_poll()) >= 0)
        tty_input(c);
}
