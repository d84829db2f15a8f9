/* panic.h: a kernel bug or a ring-0 exception ends the machine. */
#ifndef KERNEL_PANIC_H
#define KERNEL_PANIC_H

#include "trap.h"

#define PANIC_EXIT_VALUE 70     /* written to the exit port so tools see a dead kernel */

void panic(const char *message);
void panic_trap(struct trapframe *frame, const char *reason);

#endif
