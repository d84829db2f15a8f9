/* proc.c: creates a program's address space, enters ring 3, and tears it all
 * down when enter_user "returns" (after exit or kill). */
#include "proc.h"
#include "vm.h"
#include "mm.h"
#include "elf.h"
#include "x86.h"
#include "kstring.h"
#include "console.h"
#include "trace.h"
#include "pit.h"
#include "options.h"
#include "serial.h"

int enter_user(u32 entry, u32 user_esp, u32 ring0);   /* user_entry.s */
void leave_user(int status);

static struct proc the_proc;
static struct proc *current;
static int next_pid = 1;

struct proc *proc_current(void)
{
    return current;
}

static int map_stack(u32 directory)
{
    u32 va;
    u32 page;
    for (va = USER_STACK_BOTTOM; va < USER_TOP; va += PAGE_SIZE) {
        page = page_alloc(OWNER_USER);
        if (page == 0)
            return 0;
        if (!vm_map(directory, va, page, PTE_USER | PTE_WRITE)) {
            page_free(page);
            return 0;
        }
    }
    return 1;
}

/* Builds argc/argv at the top of the stack (the crt0 contract: [esp] = argc,
 * [esp+4] = argv, argv[argc] = 0). Runs with the program's directory loaded,
 * so it writes through the user addresses themselves. */
static u32 build_arguments(int argc, char **argv)
{
    u32 sp = USER_TOP;
    u32 pointers[MAX_ARGS + 1];
    u32 len;
    int i;
    for (i = argc - 1; i >= 0; i--) {
        len = kstrlen(argv[i]) + 1;
        sp -= len;
        kmemcpy((void *)sp, argv[i], len);
        pointers[i] = sp;
    }
    pointers[argc] = 0;
    sp = sp & ~3;
    for (i = argc; i >= 0; i--) {
        sp -= 4;
        *(u32 *)sp = pointers[i];
    }
    sp -= 4;
    *(u32 *)sp = sp + 4;            /* argv */
    sp -= 4;
    *(u32 *)sp = (u32)argc;
    return sp;
}

static void release(struct proc *p)
{
    load_cr3(vm_kernel_directory());
    vm_destroy(p->directory);
    current = 0;
}

/* A fresh directory with the program's segments and stack mapped, nothing
 * run; 0 (message printed as "WHO: NAME: reason") when it cannot be built. */
u32 proc_load_image(struct program *program, const char *who, struct elf_result *loaded)
{
    u32 directory = vm_create();
    if (directory == 0) {
        kprintf("%s: %s: out of memory\n", who, program->name);
        return 0;
    }
    if (!elf_load(directory, (const u8 *)program->start, program->size, loaded)) {
        kprintf("%s: %s: %s\n", who, program->name, loaded->error);
        vm_destroy(directory);
        return 0;
    }
    if (!map_stack(directory)) {
        kprintf("%s: %s: out of memory for the stack\n", who, program->name);
        vm_destroy(directory);
        return 0;
    }
    return directory;
}

int proc_run(struct program *program, int argc, char **argv)
{
    struct proc *p = &the_proc;
    struct elf_result loaded;
    u32 user_esp;
    int status;

    kmemset(p, 0, sizeof(struct proc));
    p->pid = next_pid++;
    kstrlcpy(p->name, program->name, PROGRAM_NAME_MAX);
    p->ring0 = boot_options.ring0;
    p->directory = proc_load_image(program, "run", &loaded);
    if (p->directory == 0)
        return STATUS_BAD_IMAGE;
    p->heap_start = (loaded.image_end + PAGE_SIZE - 1) & PAGE_MASK;
    p->brk = p->heap_start;

    current = p;
    load_cr3(p->directory);
    user_esp = build_arguments(argc, argv);
    p->start_ticks = pit_ticks();
    serial_take_interrupt();        /* only a Ctrl-C typed from now on counts */

    trace_begin("run");
    trace_dec("pid", p->pid);
    trace_str("name", p->name);
    trace_addr("entry", loaded.entry);
    trace_end();

    status = enter_user(loaded.entry, user_esp, (u32)p->ring0);
    release(p);
    return status;
}

void proc_exit(int status)
{
    status = status & 0xFF;
    trace_begin("exit");
    trace_dec("pid", current->pid);
    trace_str("name", current->name);
    trace_dec("status", status);
    trace_end();
    leave_user(status);
}

void proc_terminate(int status)
{
    leave_user(status);
}
