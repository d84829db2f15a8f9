/* pic.c: remaps the PICs so IRQ 0-15 arrive as vectors 0x20-0x2F (0-31 are
 * the CPU's exceptions), masks everything, then unmasks what the kernel uses. */
#include "pic.h"
#include "x86.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xA0
#define PIC2_DATA 0xA1
#define PIC_EOI 0x20
#define PIC_READ_ISR 0x0B

static u32 mask = 0xFFFF;

static void write_masks(void)
{
    outb(PIC1_DATA, mask & 0xFF);
    outb(PIC2_DATA, (mask >> 8) & 0xFF);
}

void pic_init(void)
{
    outb(PIC1_CMD, 0x11);       /* ICW1: edge triggered, cascade, ICW4 follows */
    outb(PIC2_CMD, 0x11);
    outb(PIC1_DATA, 0x20);      /* ICW2: vector base */
    outb(PIC2_DATA, 0x28);
    outb(PIC1_DATA, 0x04);      /* ICW3: slave on IRQ 2 */
    outb(PIC2_DATA, 0x02);      /*       slave identity 2 */
    outb(PIC1_DATA, 0x01);      /* ICW4: 8086 mode */
    outb(PIC2_DATA, 0x01);
    mask = 0xFFFF & ~(1 << 2);  /* everything masked but the cascade */
    write_masks();
}

void pic_enable(int irq)
{
    mask = mask & ~(1 << irq);
    write_masks();
}

void pic_eoi(int irq)
{
    if (irq >= 8)
        outb(PIC2_CMD, PIC_EOI);
    outb(PIC1_CMD, PIC_EOI);
}

int pic_spurious(int irq)
{
    u32 isr;
    if (irq == 7) {
        outb(PIC1_CMD, PIC_READ_ISR);
        isr = inb(PIC1_CMD);
        return (isr & 0x80) == 0;
    }
    if (irq == 15) {
        outb(PIC2_CMD, PIC_READ_ISR);
        isr = inb(PIC2_CMD);
        if ((isr & 0x80) == 0) {
            outb(PIC1_CMD, PIC_EOI);    /* the master did see the cascade line */
            return 1;
        }
    }
    return 0;
}
