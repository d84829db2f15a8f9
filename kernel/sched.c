/* sched.c: the scheduler loop, on the boot stack. It picks the next runnable
 * process round-robin, writes its kernel stack top into TSS.esp0 and its page
 * directory into CR3, and switches to it; a process comes back here when it
 * blocks, yields or dies. With nothing to run it idles with interrupts on. */
#include "sched.h"
#include "proc.h"
#include "gdt.h"
#include "x86.h"
#include "trace.h"
#include "vm.h"

void swtch(u32 *save, u32 next_esp);        /* swtch.s */
void cpu_let_interrupts_in(void);           /* swtch.s */

struct proc *current_proc;
u32 current_kstack_top;             /* = TSS.esp0; trap.s moves ring0-demo frames here */
static u32 scheduler_context;
static int last_slot = NPROC - 1;
static int last_pid;                /* the process that ran last (0: none) */
static int switch_requested;

static void trace_switch(int from, struct proc *to)
{
    trace_begin("switch");
    trace_dec("from", from);
    trace_dec("to", to ? to->pid : 0);
    if (to != 0) {
        trace_addr("esp0", to->kstack_top);
        trace_addr("cr3", read_cr3());
    }
    trace_end();
}

static struct proc *pick_next(void)
{
    int i;
    int slot;
    struct proc *p;
    for (i = 1; i <= NPROC; i++) {
        slot = (last_slot + i) % NPROC;
        p = proc_slot(slot);
        if (p->state == PROC_RUNNABLE) {
            last_slot = slot;
            return p;
        }
    }
    return 0;
}

void scheduler(void)
{
    struct proc *p;
    int idle_traced = 0;
    for (;;) {
        p = pick_next();
        if (p == 0) {
            if (!idle_traced && last_pid != 0) {
                trace_switch(last_pid, 0);
                idle_traced = 1;
                last_pid = 0;
            }
            cpu_idle();
            continue;
        }
        idle_traced = 0;
        if (p->pid != last_pid || read_cr3() != p->directory) {
            tss_set_esp0(p->kstack_top);
            current_kstack_top = p->kstack_top;
            proc_activate(p);
            trace_switch(last_pid, p);
        }
        last_pid = p->pid;
        switch_requested = 0;
        current_proc = p;
        fpu_activate(p);
        swtch(&scheduler_context, p->context);
        current_proc = 0;
    }
}

/* Back to the scheduler loop; returns when the scheduler picks p again. */
static void switch_to_scheduler(void)
{
    struct proc *p = current_proc;
    swtch(&p->context, scheduler_context);
}

void sched_yield(void)
{
    switch_requested = 0;
    switch_to_scheduler();
}

void sched_sleep(void *channel, const char *on)
{
    struct proc *p = current_proc;
    if (p->killed != 0)
        return;             /* a pending kill must not wait for a wakeup */
    p->channel = channel;
    p->block_on = on;
    p->state = PROC_SLEEPING;
    trace_begin("block");
    trace_dec("pid", p->pid);
    trace_str("on", on);
    trace_end();
    switch_to_scheduler();
    p->channel = 0;
}

void sched_make_runnable(struct proc *p)
{
    if (p->state == PROC_SLEEPING) {
        trace_begin("wake");
        trace_dec("pid", p->pid);
        trace_end();
        p->channel = 0;
    }
    p->state = PROC_RUNNABLE;
}

void sched_wakeup(void *channel)
{
    int i;
    struct proc *p;
    for (i = 0; i < NPROC; i++) {
        p = proc_slot(i);
        if (p->state == PROC_SLEEPING && p->channel == channel)
            sched_make_runnable(p);
    }
}

void sched_timer(u32 now)
{
    int i;
    struct proc *p;
    for (i = 0; i < NPROC; i++) {
        p = proc_slot(i);
        if (p->state == PROC_SLEEPING && p->channel == (void *)&p->wake_tick && (s32)(now - p->wake_tick) >= 0)
            sched_make_runnable(p);
    }
}

void sched_exit(void)
{
    switch_to_scheduler();
}

void sched_request(void)
{
    switch_requested = 1;
}

int sched_requested(void)
{
    return switch_requested;
}

void preempt_point(void)
{
    cpu_let_interrupts_in();
    proc_check_killed();
    if (switch_requested)
        sched_yield();
    proc_check_killed();
}
