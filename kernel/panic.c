/* panic.c: prints what the kernel knows, writes a `panic` trace line, and
 * ends the machine through the exit port (value 70) or halts. */
#include "panic.h"
#include "console.h"
#include "trace.h"
#include "x86.h"

#define EXIT_PORT 0xF4

static void stop(void)
{
    outl(EXIT_PORT, PANIC_EXIT_VALUE);
    cpu_halt_forever();
}

void panic(const char *message)
{
    kprintf("\n*** kernel panic: %s\n", message);
    trace_begin("panic");
    trace_str("reason", message);
    trace_end();
    stop();
}

void panic_trap(struct trapframe *frame, const char *reason)
{
    u32 cr2 = read_cr2();
    kprintf("\n*** kernel panic: %s in the kernel (vector %u, error 0x%x)\n", reason, frame->vector, frame->error);
    kprintf("  eip=0x%08x cs=0x%04x eflags=0x%08x esp=0x%08x\n",
            frame->eip, frame->cs & 0xFFFF, frame->eflags, (u32)&frame->user_esp);
    kprintf("  eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n", frame->eax, frame->ebx, frame->ecx, frame->edx);
    kprintf("  esi=0x%08x edi=0x%08x ebp=0x%08x\n", frame->esi, frame->edi, frame->ebp);
    kprintf("  cr0=0x%08x cr2=0x%08x cr3=0x%08x\n", read_cr0(), cr2, read_cr3());
    trace_begin("panic");
    trace_str("reason", reason);
    trace_dec("vector", (s32)frame->vector);
    trace_hex("error", frame->error);
    trace_addr("cr2", cr2);
    trace_addr("eip", frame->eip);
    trace_end();
    stop();
}
