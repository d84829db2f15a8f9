/* serial.c: the 16550 UART at COM1, polled for output, interrupt-driven
 * (IRQ 4) for input with a polling fallback. */
#include "serial.h"
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

#define INPUT_QUEUE_SIZE 256

static unsigned char input_queue[INPUT_QUEUE_SIZE];
static unsigned int input_head;
static unsigned int input_tail;
static int interrupt_requested;     /* Ctrl-C seen: kill the running program */

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

int serial_poll(void)
{
    if (inb(COM1 + REG_LSR) & LSR_DATA_READY)
        return (int)inb(COM1 + REG_DATA);
    return -1;
}

static void queue_byte(int c)
{
    unsigned int next = (input_head + 1) % INPUT_QUEUE_SIZE;
    if (c == 0x03) {
        interrupt_requested = 1;
        return;
    }
    if (next == input_tail)
        return;                     /* full: drop the byte */
    input_queue[input_head] = (unsigned char)c;
    input_head = next;
}

void serial_irq(void)
{
    int c;
    while ((c = serial_poll()) >= 0)
        queue_byte(c);
}

int serial_read_queued(void)
{
    int c;
    serial_irq();                   /* polling fallback if IRQ 4 is not delivered */
    if (input_tail == input_head)
        return -1;
    c = input_queue[input_tail];
    input_tail = (input_tail + 1) % INPUT_QUEUE_SIZE;
    return c;
}

int serial_take_interrupt(void)
{
    int requested = interrupt_requested;
    interrupt_requested = 0;
    return requested;
}
