/* fault.c: names every exception, maps it to a signal and prints why a
 * process died. Every kill ends in proc_die: the process becomes a zombie
 * whose wait status names the signal, and its parent (the shell) goes on. */
#include "fault.h"
#include "proc.h"
#include "console.h"
#include "trace.h"
#include "syscall_table.h"
#include "pit.h"
#include "x86.h"
#include <signal.h>

static const char *reasons[32] = {
    "divide error", "debug exception", "non-maskable interrupt", "breakpoint",
    "overflow", "bound range exceeded", "invalid opcode", "device not available",
    "double fault", "coprocessor segment overrun", "invalid TSS", "segment not present",
    "stack fault", "general protection fault", "page fault", "reserved exception 15",
    "floating-point error", "alignment check", "machine check", "SIMD floating-point exception",
    "reserved exception 20", "reserved exception 21", "reserved exception 22", "reserved exception 23",
    "reserved exception 24", "reserved exception 25", "reserved exception 26", "reserved exception 27",
    "reserved exception 28", "reserved exception 29", "reserved exception 30", "reserved exception 31"
};

static const char *mnemonics[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "#MF", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
    "#MF", "#AC", "#MC", "#XM", "#20", "#21", "#22", "#23",
    "#24", "#25", "#26", "#27", "#28", "#29", "#30", "#31"
};

const char *fault_reason(u32 vector)
{
    if (vector < 32)
        return reasons[vector];
    return "unexpected interrupt";
}

const char *fault_mnemonic(u32 vector)
{
    if (vector < 32)
        return mnemonics[vector];
    return "#??";
}

static int fault_status(u32 vector)
{
    switch (vector) {
    case 0:
    case 16:
    case 19:
        return STATUS_SIGFPE;
    case 1:
    case 3:
        return STATUS_SIGTRAP;
    case 6:
    case 7:
        return STATUS_SIGILL;
    case 17:
        return STATUS_SIGBUS;
    default:
        return STATUS_SIGSEGV;
    }
}

static void print_page_fault_detail(struct trapframe *frame, u32 cr2)
{
    kprintf("  #PF at eip=0x%08x: %s 0x%08x, %s mode, %s (error 0x%x)\n",
            frame->eip,
            (frame->error & 2) ? "write to" : "read from",
            cr2,
            (frame->error & 4) ? "user" : "supervisor",
            (frame->error & 1) ? "protection violation" : "page not present",
            frame->error);
}

/* The x87 exception behind a #MF, from the status word (flags in priority order). */
static const char *x87_error(u32 sw)
{
    if ((sw & 0x41) == 0x41)
        return (sw & 0x200) ? "stack overflow" : "stack underflow";
    if (sw & 0x01)
        return "invalid operation";
    if (sw & 0x02)
        return "denormal operand";
    if (sw & 0x04)
        return "zero divide";
    if (sw & 0x08)
        return "overflow";
    if (sw & 0x10)
        return "underflow";
    return "precision";
}

static void kill_begin(const char *reason)
{
    if (!console_at_line_start())
        console_putc('\n');        /* the program left a partial line */
    kprintf("[program killed: %s]\n", reason);
}

static void trace_kill_head(const char *reason)
{
    struct proc *p = proc_current();
    trace_begin("kill");
    trace_dec("pid", p->pid);
    trace_str("name", p->name);
    trace_str("reason", reason);
}

void kill_fault(struct trapframe *frame)
{
    u32 vector = frame->vector;
    const char *reason = fault_reason(vector);
    int status = fault_status(vector);
    u32 cr2 = read_cr2();
    kill_begin(reason);
    if (vector == 14)
        print_page_fault_detail(frame, cr2);
    else if (vector == 16)
        kprintf("  #MF at eip=0x%08x: x87 %s (status word 0x%04x)\n", frame->eip, x87_error(fpu_status_word()), fpu_status_word());
    else if (vector == 8 || (vector >= 10 && vector <= 14) || vector == 17)
        kprintf("  %s at eip=0x%08x (error 0x%x)\n", fault_mnemonic(vector), frame->eip, frame->error);
    else
        kprintf("  %s at eip=0x%08x\n", fault_mnemonic(vector), frame->eip);
    trace_kill_head(reason);
    trace_dec("vector", (s32)vector);
    trace_hex("error", frame->error);
    trace_addr("cr2", vector == 14 ? cr2 : 0);
    trace_addr("eip", frame->eip);
    trace_dec("status", status);
    trace_end();
    proc_die(status - 128);
}

void kill_bad_pointer(u32 addr, u32 len, int write)
{
    struct proc *p = proc_current();
    const char *reason = "bad syscall pointer";
    kill_begin(reason);
    if (len == 0)
        kprintf("  %s at eip=0x%08x: 0x%08x is not a string in the program's memory\n",
                syscall_name(p->syscall_nr), p->trap_eip, addr);
    else
        kprintf("  %s at eip=0x%08x: 0x%08x (%u bytes) is not %s user memory\n",
                syscall_name(p->syscall_nr), p->trap_eip, addr, len, write ? "writable" : "readable");
    trace_kill_head(reason);
    trace_dec("vector", 0x80);
    trace_addr("addr", addr);
    trace_addr("eip", p->trap_eip);
    trace_dec("status", STATUS_SIGSEGV);
    trace_end();
    proc_die(SIGSEGV);
}

void kill_bad_syscall(u32 number)
{
    struct proc *p = proc_current();
    const char *reason = "bad syscall number";
    kill_begin(reason);
    kprintf("  int 0x80 at eip=0x%08x with eax=%u: no such syscall\n", p->trap_eip, number);
    trace_kill_head(reason);
    trace_dec("vector", 0x80);
    trace_udec("nr", number);
    trace_addr("eip", p->trap_eip);
    trace_dec("status", STATUS_SIGSYS);
    trace_end();
    proc_die(SIGSYS);
}

static const char *signal_reason(int sig)
{
    switch (sig) {
    case SIGINT:
        return "interrupted";
    case SIGKILL:
        return "killed";
    case SIGTERM:
        return "terminated";
    default:
        return "signal";
    }
}

/* Death by a signal (time limit, Ctrl-C, kill): reason 0 names the signal.
 * The console hears of what the kernel decided (the limit, Ctrl-C); a
 * signal another process sent with kill(2) is that process's to report, as
 * on Unix, and so is SIGPIPE (`yes | head`). The trace has them all. */
void kill_signal(const char *reason, int sig)
{
    struct proc *p = proc_current();
    u32 used = p->cpu_ticks - p->limit_base;
    if (reason == 0)
        reason = signal_reason(sig);
    if (sig != SIGPIPE && !p->kill_quiet) {
        kill_begin(reason);
        kprintf("  after %u ticks of CPU time, last seen at eip=0x%08x\n", used, p->trap_eip);
    }
    trace_kill_head(reason);
    trace_udec("ticks", used);
    trace_dec("status", 128 + sig);
    trace_end();
    proc_die(sig);
}
