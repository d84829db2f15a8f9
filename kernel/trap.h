/* trap.h: the frame that trap.s builds for every interrupt, exception and syscall. */
#ifndef KERNEL_TRAP_H
#define KERNEL_TRAP_H

#include "types.h"

/* Lowest address first: what trap_common pushed last comes first. */
struct trapframe {
    u32 gs;
    u32 fs;
    u32 es;
    u32 ds;
    u32 edi;                /* pushad block */
    u32 esi;
    u32 ebp;
    u32 esp_at_pushad;      /* ignored by popad */
    u32 ebx;
    u32 edx;
    u32 ecx;
    u32 eax;
    u32 vector;             /* pushed by the stub */
    u32 error;              /* pushed by the CPU, or a fake 0 by the stub */
    u32 eip;                /* pushed by the CPU */
    u32 cs;
    u32 eflags;
    u32 user_esp;           /* only present when the trap came from ring 3 */
    u32 user_ss;
};

#define T_DIVIDE     0
#define T_DEBUG      1
#define T_NMI        2
#define T_BREAKPOINT 3
#define T_OVERFLOW   4
#define T_BOUND      5
#define T_INVALID_OP 6
#define T_NO_DEVICE  7
#define T_DOUBLE     8
#define T_BAD_TSS    10
#define T_NOT_PRESENT 11
#define T_STACK      12
#define T_GPF        13
#define T_PAGE_FAULT 14
#define T_FPU_ERROR  16
#define T_ALIGNMENT  17
#define T_MACHINE_CHECK 18
#define T_SIMD       19

#define T_IRQ_BASE   0x20
#define T_SYSCALL    0x80

void trap(struct trapframe *frame);
int trap_from_user(struct trapframe *frame);

#endif
