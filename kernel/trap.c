/* trap.c: where every interrupt, exception and syscall lands (from trap.s).
 * Syscalls go to the dispatcher, IRQs to their device, exceptions from a
 * process kill it, and exceptions in the kernel are a panic. On the way back
 * to ring 3 a pending kill is carried out and, when the timer said the
 * quantum is over, the process yields: that is the preemption. */
#include "trap.h"
#include "proc.h"
#include "sched.h"
#include "syscall_table.h"
#include "fault.h"
#include "panic.h"
#include "pic.h"
#include "pit.h"
#include "serial.h"
#include "vm.h"
#include "options.h"
#include "fpu.h"

int trap_from_user(struct trapframe *frame)
{
    struct proc *p = proc_current();
    if ((frame->cs & 3) == 3)
        return 1;
    /* "ring0" demo: the program runs at CPL 0, so judge by where it was. */
    return p != 0 && boot_options.ring0 && frame->eip >= USER_BASE && frame->eip < USER_TOP;
}

static void irq(struct trapframe *frame)
{
    int line = (int)frame->vector - T_IRQ_BASE;
    if ((line == 7 || line == 15) && pic_spurious(line))
        return;
    if (line == 0) {
        pit_tick();
        proc_tick();
        sched_timer(pit_ticks());
        serial_irq();           /* input that waited for room, or a lost IRQ 4 */
    } else if (line == 4) {
        serial_irq();
    }
    pic_eoi(line);
}

void trap(struct trapframe *frame)
{
    struct proc *p = proc_current();
    int from_user = trap_from_user(frame);
    if (p != 0 && from_user)
        p->trap_eip = frame->eip;
    if (frame->vector == T_SYSCALL) {
        if (p == 0)
            panic_trap(frame, "int 0x80 with no process running");
        syscall_dispatch(frame);
    } else if (frame->vector >= T_IRQ_BASE && frame->vector < T_IRQ_BASE + 16) {
        irq(frame);
    } else if (frame->vector == 7 && p != 0 && from_user) {
        fpu_device_not_available();     /* CR0.TS: the lazy x87 switch, then the instruction again */
    } else if (p != 0 && from_user) {
        kill_fault(frame);
    } else {
        panic_trap(frame, fault_reason(frame->vector));
    }
    if (p != 0 && from_user) {
        proc_check_killed();
        if (sched_requested())
            sched_yield();
        proc_check_killed();
    }
}
