/* fault.h: the fault policy. Anything a program does wrong kills it with
 * "[program killed: <reason>]", a detail line, a `kill` trace line and a
 * POSIX-style status (128 + signal); the shell then carries on. */
#ifndef KERNEL_FAULT_H
#define KERNEL_FAULT_H

#include "types.h"
#include "trap.h"

#define STATUS_SIGTRAP 133
#define STATUS_SIGILL  132
#define STATUS_SIGFPE  136
#define STATUS_SIGBUS  135
#define STATUS_SIGSEGV 139
#define STATUS_SIGSYS  159
#define STATUS_SIGINT  130
#define STATUS_SIGKILL 137   /* the time limit, as a shell user knows a killed runaway */

const char *fault_reason(u32 vector);
const char *fault_mnemonic(u32 vector);

void kill_fault(struct trapframe *frame);                /* a CPU exception from the program */
void kill_bad_pointer(u32 addr, u32 len, int write);     /* a syscall pointer failed its check */
void kill_bad_syscall(u32 number);                       /* no such syscall */
void kill_signal(const char *reason, int sig);           /* time limit, Ctrl-C, kill(2); reason 0: the signal's */

#endif
