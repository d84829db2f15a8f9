/* main.c: kmain, called by entry.s. Brings the machine up in dependency
 * order, starts init (pid 1) and becomes the scheduler. */
#include "types.h"
#include "multiboot.h"
#include "console.h"
#include "serial.h"
#include "vga.h"
#include "options.h"
#include "programs.h"
#include "mm.h"
#include "vm.h"
#include "gdt.h"
#include "idt.h"
#include "pic.h"
#include "pit.h"
#include "syscall_table.h"
#include "proc.h"
#include "sched.h"
#include "trace.h"
#include "panic.h"
#include "x86.h"
#include "fpu.h"

void power_off(int status);     /* sys_info.c */

extern u8 kernel_end[];         /* end of the kernel image (bss included) */
extern u8 boot_stack_top[];     /* entry.s */
extern u8 boot_stack_guard_area[];

static void reserve_modules(void)
{
    int i;
    struct program *p;
    for (i = 0; i < program_count(); i++) {
        p = program_at(i);
        mm_reserve(p->start, p->start + p->size, OWNER_MODULE);
    }
    /* Modules beyond the table's capacity must not be handed out either. */
    if (programs_end() > 0x100000 && program_count() == MAX_PROGRAMS)
        mm_reserve(0x100000, programs_end(), OWNER_MODULE);
}

void kmain(u32 magic, struct multiboot_info *info)
{
    u32 ram_top;
    serial_init();
    vga_init();
    if (magic != MULTIBOOT_BOOTLOADER_MAGIC) {
        kprintf("ringside: not started by a multiboot loader (magic 0x%08x)\n", magic);
        cpu_halt_forever();
    }
    if ((info->flags & MB_INFO_MEMORY) == 0) {
        kprintf("ringside: the loader gave no memory size\n");
        cpu_halt_forever();
    }
    options_parse((info->flags & MB_INFO_CMDLINE) ? (const char *)info->cmdline : "");
    programs_init(info);

    ram_top = 0x100000 + info->mem_upper * 1024;
    mm_init(ram_top);
    if ((u32)kernel_end < (u32)boot_stack_top
        || (u32)kernel_end < (u32)(&boot_options + 1))
        panic("kernel_end is not the end of the kernel image (see zz_kernel_end.s)");
    mm_reserve(0x100000, (u32)kernel_end, OWNER_KERNEL);
    reserve_modules();

    fpu_init();                         /* programs get the x87, switched lazily (fpu.c) */
    gdt_init((u32)boot_stack_top);      /* each switch writes the next process's stack */
    idt_init();
    pic_init();
    pit_init();
    pic_enable(0);
    pic_enable(4);
    syscall_init();
    vm_init(mm_ram_top(), boot_options.flat, boot_options.shared);
    vm_guard_kernel_page((u32)boot_stack_guard_area);
    proc_init();

    trace_begin("boot");
    trace_udec("mem_kib", mm_ram_top() / 1024);
    trace_dec("modules", program_count());
    trace_str("opts", boot_options.text);
    trace_end();

    if (!boot_options.batch)
        kprintf("ringside kernel: %d programs, %u KiB free. Type help.\n",
                program_count(), mm_free_count() * 4);
    if (!proc_start_init("init"))
        power_off(STATUS_NOT_FOUND);
    scheduler();
}
