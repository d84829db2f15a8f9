/* fpu.h: each process's x87 state, switched lazily with CR0.TS. */
#ifndef KERNEL_FPU_H
#define KERNEL_FPU_H

#include "types.h"

#define FPU_STATE_BYTES 108     /* an FNSAVE image, 32-bit layout */

struct proc;

void fpu_init(void);                    /* the FPU on: EM clear, MP and NE set, TS set */
void fpu_activate(struct proc *p);      /* before p runs: TS unless p's state is in the FPU */
void fpu_device_not_available(void);    /* #NM from ring 3: give the FPU to the current process */
void fpu_fork(struct proc *parent, struct proc *child);    /* the child starts with a copy */
void fpu_forget(struct proc *p);        /* exec and exit: p's state is gone */

#endif
