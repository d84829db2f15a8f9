/* syscall_table.h: the syscall dispatcher (numbers come from <syscall.h>). */
#ifndef KERNEL_SYSCALL_TABLE_H
#define KERNEL_SYSCALL_TABLE_H

#include "types.h"
#include "trap.h"

void syscall_init(void);
void syscall_dispatch(struct trapframe *frame);
const char *syscall_name(u32 number);

#endif
