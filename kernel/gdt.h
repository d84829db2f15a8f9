/* gdt.h: the kernel's GDT and TSS. */
#ifndef KERNEL_GDT_H
#define KERNEL_GDT_H

#include "types.h"

#define SEL_KERNEL_CODE 0x08
#define SEL_KERNEL_DATA 0x10
#define SEL_USER_CODE   0x1B    /* 0x18 | RPL 3 */
#define SEL_USER_DATA   0x23    /* 0x20 | RPL 3 */
#define SEL_TSS         0x28

void gdt_init(u32 kernel_stack_top);
void tss_set_esp0(u32 esp0);
void gdt_dump(void);
void tss_dump(void);

#endif
