/* trap.c: where every interrupt, exception and syscall lands (from trap.s).
 * Syscalls go to the dispatcher, IRQs to their device, exceptions from a
 * program kill it, and exceptions in the kernel are a panic. */
#include "trap.h"
#include "proc.h"
#include "syscall_table.h"
#include "fault.h"
#include "panic.h"
#include "pic.h"
#include "pit.h"
#include "serial.h"
#include "vm.h"
#include "options.h"

int trap_from_user(struct trapframe *frame)
{
    struct proc *p = proc_current();
    if ((frame->cs & 3) == 3)
        return 1;
    /* "ring0" demo: the program runs at CPL 0, so judge by where it was. */
    return p != 0 && p->ring0 && frame->eip >= USER_BASE && frame->eip < USER_TOP;
}

/* Time limit and Ctrl-C are checked on every IRQ while a program runs. */
static void check_program_limits(void)
{
    struct proc *p = proc_current();
    if (p == 0)
        return;
    if (serial_take_interrupt())
        kill_signal("interrupted", STATUS_SIGINT);
    if (boot_options.limit_ticks != 0 && pit_ticks() - p->start_ticks >= boot_options.limit_ticks)
        kill_signal("time limit", STATUS_SIGKILL);
}

static void irq(struct trapframe *frame)
{
    int line = (int)frame->vector - T_IRQ_BASE;
    if ((line == 7 || line == 15) && pic_spurious(line))
        return;
    if (line == 0) {
        pit_tick();
        if (proc_current() != 0)
            serial_irq();       /* notice Ctrl-C even if IRQ 4 never comes */
    } else if (line == 4) {
        serial_irq();
    }
    pic_eoi(line);
    check_program_limits();
}

void trap(struct trapframe *frame)
{
    struct proc *p = proc_current();
    int from_user = trap_from_user(frame);
    if (p != 0 && from_user)
        p->trap_eip = frame->eip;
    if (frame->vector == T_SYSCALL) {
        if (p == 0)
            panic_trap(frame, "int 0x80 with no program running");
        syscall_dispatch(frame);
        return;
    }
    if (frame->vector >= T_IRQ_BASE && frame->vector < T_IRQ_BASE + 16) {
        irq(frame);
        return;
    }
    if (p != 0 && from_user)
        kill_fault(frame);
    panic_trap(frame, fault_reason(frame->vector));
}
