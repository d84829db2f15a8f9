/* sys_info.c: read-only views of the kernel for ring-3 tools (ps, and the
 * shell's ls, mem, gdt, idt, tss), the CPU-time limit, the boot commands,
 * and powering off. kdump prints on the console, not on fd 1: its reports
 * are the kernel's own kprintf output. */
#include "sys_handlers.h"
#include "usercopy.h"
#include "proc.h"
#include "programs.h"
#include "options.h"
#include "console.h"
#include "kstring.h"
#include "mm.h"
#include "vm.h"
#include "gdt.h"
#include "idt.h"
#include "trace.h"
#include "x86.h"
#include "user_map.h"
#include "vga.h"

#define EXIT_PORT 0xF4

u32 sys_procinfo(u32 *args, u32 block)
{
    struct procinfo *out = (struct procinfo *)args[1];
    struct proc *p;
    if (args[0] >= NPROC)
        return (u32)-1;
    user_require_range(args[1], sizeof(struct procinfo), 1);
    p = proc_slot((int)args[0]);
    kmemset(out, 0, sizeof(struct procinfo));
    if (p->state == PROC_UNUSED)
        return 0;
    out->pid = p->pid;
    out->ppid = p->ppid;
    out->pgid = p->pgid;
    out->state = p->state;
    out->cpu_ticks = p->cpu_ticks;
    out->cr3 = p->directory;
    out->esp0 = p->kstack_top;
    kstrlcpy(out->name, p->name, PROC_NAME_MAX);
    return 1;
}

static void dump_programs(void)
{
    int i;
    struct program *p;
    for (i = 0; i < program_count(); i++) {
        p = program_at(i);
        kprintf("%-12s %6u bytes  at 0x%08x", p->name, p->size, p->start);
        if (p->default_args[0])
            kprintf("  args: %s", p->default_args);
        kprintf("\n");
    }
    if (program_count() == 0)
        kprintf("no programs (boot modules) were loaded\n");
}

/* mem NAME: builds the program's address space as execv would, prints it,
 * and frees it again; the program never runs. */
static int dump_program_map(const char *name)
{
    struct program *program = program_find(name);
    struct elf_result loaded;
    u32 directory;
    u32 cr3 = read_cr3();
    if (program == 0) {
        kprintf("mem: %s: no such program (try ls)\n", name);
        return STATUS_NOT_FOUND;
    }
    directory = proc_load_image(program, "mem", &loaded);
    if (directory == 0)
        return STATUS_BAD_IMAGE;
    kprintf("%s: virtual memory as loaded (not run), entry 0x%08x\n", program->name, loaded.entry);
    user_map_print(directory, (loaded.image_end + PAGE_SIZE - 1) & PAGE_MASK);
    vm_destroy(directory);
    load_cr3(cr3);
    return 0;
}

/* kdump(what, arg): "ls", "mem" (arg: 0, or a program name), "gdt", "idt",
 * "tss", "clear". Returns 0; for mem NAME the shell's 127 (no such program)
 * or 126 (the image is refused); -1 for an unknown report. */
u32 sys_kdump(u32 *args, u32 block)
{
    const char *what = (const char *)args[0];
    user_require_str(args[0]);
    if (args[1] != 0)
        user_require_str(args[1]);
    if (kstrcmp(what, "mem") == 0 && args[1] != 0)
        return (u32)dump_program_map((const char *)args[1]);
    if (kstrcmp(what, "mem") == 0)
        mm_dump();
    else if (kstrcmp(what, "ls") == 0)
        dump_programs();
    else if (kstrcmp(what, "gdt") == 0)
        gdt_dump();
    else if (kstrcmp(what, "idt") == 0)
        idt_dump();
    else if (kstrcmp(what, "tss") == 0)
        tss_dump();
    else if (kstrcmp(what, "clear") == 0)
        kprintf("\033[2J\033[H");
    else
        return (u32)-1;
    return 0;
}

/* limit(ticks): the CPU-time limit for programs started from now on. Any
 * process may read it; only init and the shell may change it (a program
 * that could would lift its own limit and exec itself). */
u32 sys_limit(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    u32 old = boot_options.limit_ticks;
    if ((s32)args[0] < 0)
        return old;
    if (p->pid != 1 && p->ppid != 1)
        return (u32)-1;
    boot_options.limit_ticks = args[0];
    return old;
}

void power_off(int status)
{
    trace_begin("halt");
    trace_dec("status", status);
    trace_end();
    outl(EXIT_PORT, (u32)status);
    cpu_halt_forever();         /* no exit device (real hardware): just stop */
}

/* Only init and its direct children (the shell) may power the machine off. */
u32 sys_halt(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    if (p->pid != 1 && p->ppid != 1)
        return (u32)-1;
    power_off((int)args[0]);
    return 0;
}

u32 sys_bootcmd(u32 *args, u32 block)
{
    s32 len = (s32)args[1];
    u32 n = kstrlen(boot_options.commands);
    if (len < 0)
        return (u32)-1;
    user_require_range(args[0], (u32)len, 1);
    if (!boot_options.batch)
        return 0;
    if ((u32)len < n + 1)
        return (u32)-1;
    kmemcpy((void *)args[0], boot_options.commands, n + 1);
    return n;
}
