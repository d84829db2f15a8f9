/* pic.h: the two 8259A interrupt controllers. */
#ifndef KERNEL_PIC_H
#define KERNEL_PIC_H

#include "types.h"

void pic_init(void);
void pic_enable(int irq);
void pic_eoi(int irq);
int pic_spurious(int irq);   /* IRQ 7/15 raised with no in-service bit: no EOI is due */

#endif
