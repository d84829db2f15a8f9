/* sched.h: round-robin scheduling, sleeping and waking. The kernel runs with
 * interrupts off (interrupt gates), so nothing here needs a lock: IRQs come
 * only while the scheduler idles or at an explicit preemption point. */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include "types.h"
#include "proc.h"

void scheduler(void);                    /* never returns: runs on the boot stack */
void sched_yield(void);                  /* give up the CPU, stay runnable */
void sched_sleep(void *channel, const char *on);   /* block until woken (or killed) */
void sched_wakeup(void *channel);
void sched_make_runnable(struct proc *p);
void sched_exit(void);                   /* switch away from a zombie for good */
void sched_request(void);                /* the quantum is over: switch at the next chance */
int sched_requested(void);
/* Long syscalls call this between chunks: lets a due IRQ in, then honours a
 * pending kill or a switch request. */
void preempt_point(void);
/* Wakes processes whose sleep_ticks ran out (timer IRQ). */
void sched_timer(u32 now);

#endif
