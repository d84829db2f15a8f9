/* x86.h: the privileged instructions, each a tiny assembly function in cpu.s
 * (the C subset has no inline assembly with operands). */
#ifndef KERNEL_X86_H
#define KERNEL_X86_H

#include "types.h"

void outb(u32 port, u32 value);
void outw(u32 port, u32 value);
void outl(u32 port, u32 value);
u32 inb(u32 port);
u32 inw(u32 port);
u32 inl(u32 port);

void lgdt_and_reload(void *gdt_pointer);   /* lgdt, far jump to reload CS, reload data segments */
void lidt_load(void *idt_pointer);
void ltr_load(u32 selector);
void load_cr3(u32 page_directory);
u32 read_cr3(void);
u32 read_cr0(void);
void write_cr0(u32 value);
u32 read_cr2(void);
u32 read_eflags(void);
void invlpg(u32 address);
void clts(void);
void fpu_fnsave(void *area);    /* fnsave [area] (then the FPU is as after fninit) */
void fpu_frstor(void *area);    /* frstor [area] */
u32 fpu_status_word(void);      /* fnstsw ax */

void cpu_idle(void);            /* sti; hlt; cli: wait for the next interrupt with the kernel's IF=0 policy */
void cpu_halt_forever(void);    /* cli; hlt in a loop */

#endif
