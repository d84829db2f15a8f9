/* proc.c: the process table and the life of a process: init's creation,
 * fork, execv (with exec_image.c), exit, the zombie state and waitpid's
 * reaping, kill and signals. Scheduling is in sched.c. */
#include <signal.h>
#include <sys/wait.h>
#include "proc.h"
#include "sched.h"
#include "file.h"
#include "vm.h"
#include "mm.h"
#include "x86.h"
#include "kstring.h"
#include "console.h"
#include "trace.h"
#include "pit.h"
#include "options.h"
#include "usercopy.h"
#include "fault.h"
#include "gdt.h"
#include "panic.h"

#define KSTACK_SLOT 16384       /* guard page + 12 KiB of stack */

extern u8 kstack_area[];        /* kstack.s */
extern struct proc *current_proc;   /* sched.c */
void trap_return(void);         /* trap.s */

static struct proc procs[NPROC];
static int next_pid = 1;

static u32 kstack_base(int slot)
{
    u32 first = ((u32)kstack_area + PAGE_SIZE - 1) & PAGE_MASK;
    return first + (u32)slot * KSTACK_SLOT;
}

void proc_init(void)
{
    int i;
    for (i = 0; i < NPROC; i++) {
        vm_guard_kernel_page(kstack_base(i));
        procs[i].kstack_top = kstack_base(i) + KSTACK_SLOT;
    }
}

struct proc *proc_current(void)
{
    return current_proc;
}

struct proc *proc_slot(int slot)
{
    return &procs[slot];
}

struct proc *proc_find(int pid)
{
    int i;
    if (pid <= 0)
        return 0;
    for (i = 0; i < NPROC; i++) {
        if (procs[i].state != PROC_UNUSED && procs[i].pid == pid)
            return &procs[i];
    }
    return 0;
}

/* A free slot with a fresh pid and an empty kernel stack, or 0 when full. */
static struct proc *proc_alloc(void)
{
    int i;
    u32 top;
    struct proc *p;
    for (i = 0; i < NPROC; i++) {
        if (procs[i].state == PROC_UNUSED)
            break;
    }
    if (i == NPROC)
        return 0;
    p = &procs[i];
    top = p->kstack_top;
    kmemset(p, 0, sizeof(struct proc));
    p->kstack_top = top;
    p->pid = next_pid++;
    p->frame = (struct trapframe *)(top - sizeof(struct trapframe));
    return p;
}

void proc_activate(struct proc *p)
{
    u32 windows[NPROC];
    int i;
    for (i = 0; i < NPROC; i++)
        windows[i] = procs[i].state == PROC_UNUSED || procs[i].state == PROC_ZOMBIE ? 0 : procs[i].directory;
    vm_activate(p->directory, windows, NPROC);
}

/* The first switch into p "returns" through trap_return with p->frame. */
static void prepare_first_switch(struct proc *p)
{
    u32 *sp = (u32 *)p->frame;
    *--sp = (u32)trap_return;
    *--sp = 0;                  /* ebp */
    *--sp = 0;                  /* ebx */
    *--sp = 0;                  /* esi */
    *--sp = 0;                  /* edi */
    p->context = (u32)sp;
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

/* Builds argc/argv at the top of the stack (the crt0 contract: [esp] = argc,
 * [esp+4] = argv, argv[argc] = 0). Runs with the new directory loaded, so it
 * writes through the user addresses themselves. */
static u32 build_arguments(int argc, char **argv)
{
    u32 sp = USER_TOP;
    u32 pointers[MAX_ARGS + 2];
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

/* A fresh register state: clean registers, IF set, IOPL 0; ring 3, or ring 0
 * under the "ring0" demo option (trap.s then irets on the program's stack). */
static void reset_frame(struct trapframe *f, u32 entry, u32 user_esp)
{
    u32 data = boot_options.ring0 ? SEL_KERNEL_DATA : SEL_USER_DATA;
    kmemset(f, 0, sizeof(struct trapframe));
    f->gs = data;
    f->fs = data;
    f->es = data;
    f->ds = data;
    f->eip = entry;
    f->cs = boot_options.ring0 ? SEL_KERNEL_CODE : SEL_USER_CODE;
    f->eflags = 0x202;
    f->user_esp = user_esp;
    f->user_ss = data;
}

static void trace_run(struct proc *p, u32 entry)
{
    trace_begin("run");
    trace_dec("pid", p->pid);
    trace_str("name", p->name);
    trace_addr("entry", entry);
    trace_addr("cr3", read_cr3());
    trace_addr("esp0", p->kstack_top);
    trace_end();
}

/* Replaces p's image with program (p must be current, or not yet running). */
static int replace_image(struct proc *p, struct program *program, int argc, char **argv)
{
    struct elf_result loaded;
    u32 old = p->directory;
    u32 directory = proc_load_image(program, "execv", &loaded);
    u32 user_esp;
    if (directory == 0)
        return EXEC_REFUSED;
    p->directory = directory;
    proc_activate(p);
    if (old != 0)
        vm_destroy(old);
    user_esp = build_arguments(argc, argv);
    kstrlcpy(p->name, program->name, PROGRAM_NAME_MAX);
    p->heap_start = (loaded.image_end + PAGE_SIZE - 1) & PAGE_MASK;
    p->brk = p->heap_start;
    /* init and the shell it starts are never timed out: the limit is for
     * the programs the shell runs (and what they fork). */
    p->limit_ticks = p->pid == 1 || p->ppid == 1 ? 0 : boot_options.limit_ticks;
    p->limit_base = p->cpu_ticks;       /* loading is not the new program's time */
    reset_frame(p->frame, loaded.entry, user_esp);
    fpu_forget(p);                      /* the new image starts with a clean x87 */
    trace_run(p, loaded.entry);
    return 0;
}

int proc_start_init(const char *name)
{
    struct program *program = program_find(name);
    struct proc *p;
    char *argv[2];
    u32 saved_cr3 = read_cr3();
    if (program == 0) {
        kprintf("boot: no '%s' program among the boot modules: nothing to run\n", name);
        return 0;
    }
    p = proc_alloc();
    p->ppid = 0;
    p->pgid = p->pid;
    argv[0] = program->name;
    argv[1] = 0;
    if (replace_image(p, program, 1, argv) < 0) {
        load_cr3(saved_cr3);
        p->state = PROC_UNUSED;
        return 0;
    }
    load_cr3(saved_cr3);
    file_open_console(p->files);
    prepare_first_switch(p);
    sched_make_runnable(p);
    return 1;
}

int proc_fork(void)
{
    struct proc *p = current_proc;
    struct proc *child = proc_alloc();
    int fd;
    if (child == 0) {
        trace_begin("fork");
        trace_dec("pid", p->pid);
        trace_dec("child", -1);
        trace_str("error", "process table full");
        trace_end();
        return -1;
    }
    child->directory = vm_copy(p->directory);
    if (child->directory == 0) {
        child->state = PROC_UNUSED;
        trace_begin("fork");
        trace_dec("pid", p->pid);
        trace_dec("child", -1);
        trace_str("error", "out of memory");
        trace_end();
        return -1;
    }
    child->ppid = p->pid;
    child->pgid = p->pgid;
    kstrlcpy(child->name, p->name, PROGRAM_NAME_MAX);
    child->heap_start = p->heap_start;
    child->brk = p->brk;
    child->limit_ticks = p->limit_ticks;
    child->limit_base = 0;
    child->ignored = p->ignored;
    for (fd = 0; fd < NOFILE; fd++)
        child->files[fd] = p->files[fd] ? file_dup(p->files[fd]) : 0;
    kmemcpy(child->frame, p->frame, sizeof(struct trapframe));
    fpu_fork(p, child);
    child->frame->eax = 0;              /* fork returns 0 in the child */
    prepare_first_switch(child);
    trace_begin("fork");
    trace_dec("pid", p->pid);
    trace_dec("child", child->pid);
    trace_end();
    sched_make_runnable(child);
    return child->pid;
}

int proc_execv(struct program *program, int argc, char **argv)
{
    return replace_image(current_proc, program, argc, argv);
}

int proc_is_descendant(struct proc *p, struct proc *ancestor)
{
    int hops = 0;
    while (p != 0 && hops <= NPROC) {
        if (p == ancestor)
            return 1;
        p = proc_find(p->ppid);
        hops++;
    }
    return 0;
}

/* Does child match waitpid's pid argument for parent? */
static int wait_matches(struct proc *child, struct proc *parent, int pid)
{
    if (child->state == PROC_UNUSED || child->ppid != parent->pid)
        return 0;
    if (pid > 0)
        return child->pid == pid;
    if (pid == -1)
        return 1;
    if (pid == 0)
        return child->pgid == parent->pgid;
    return child->pgid == -pid;
}

static void reap(struct proc *parent, struct proc *child)
{
    trace_begin("reap");
    trace_dec("pid", parent->pid);
    trace_dec("child", child->pid);
    trace_hex("status", (u32)child->wait_status);
    trace_end();
    child->state = PROC_UNUSED;
    child->pid = 0;
}

int proc_waitpid(int pid, u32 status_address, int options)
{
    struct proc *p = current_proc;
    int i;
    int have;
    int found_pid;
    if (status_address != 0)
        user_require_range(status_address, 4, 1);
    for (;;) {
        have = 0;
        for (i = 0; i < NPROC; i++) {
            if (!wait_matches(&procs[i], p, pid))
                continue;
            have = 1;
            if (procs[i].state == PROC_ZOMBIE) {
                found_pid = procs[i].pid;
                if (status_address != 0)
                    *(int *)status_address = procs[i].wait_status;
                reap(p, &procs[i]);
                return found_pid;
            }
        }
        if (!have)
            return -1;
        if (options & WNOHANG)
            return 0;
        sched_sleep(p, "wait");
        proc_check_killed();
    }
}

static void signal_one(struct proc *target, int sig, int from)
{
    if (target->state == PROC_UNUSED || target->state == PROC_ZOMBIE)
        return;
    if (sig != SIGKILL && (target->ignored & (1u << sig)))
        return;
    trace_begin("signal");
    trace_dec("pid", target->pid);
    trace_dec("sig", sig);
    trace_dec("from", from);
    trace_end();
    if (target->killed == 0) {
        target->killed = sig;
        target->kill_quiet = from != 0;     /* its sender (a shell) reports it */
    }
    if (target->state == PROC_SLEEPING)
        sched_make_runnable(target);
}

/* May p signal target? Its own descendants (itself included); the shell
 * (init's child, the session's leader) any process but init, so it can end
 * what a finished job left behind even after init adopted it. */
static int may_signal(struct proc *p, struct proc *target)
{
    if (target->pid == 1)
        return 0;
    return p == 0 || p->ppid == 1 || proc_is_descendant(target, p);
}

/* kill(2): see may_signal. */
int proc_kill(int pid, int sig)
{
    struct proc *p = current_proc;
    struct proc *target;
    int i;
    int hit = 0;
    if (sig < 0 || sig > 31)
        return -1;
    if (pid > 0) {
        target = proc_find(pid);
        if (target == 0 || target->state == PROC_ZOMBIE || !may_signal(p, target))
            return -1;
        if (sig != 0)
            signal_one(target, sig, p ? p->pid : 0);
        return 0;
    }
    if (pid == -1)
        return -1;
    if (pid == 0)
        pid = -p->pgid;
    for (i = 0; i < NPROC; i++) {
        target = &procs[i];
        if (target->state == PROC_UNUSED || target->state == PROC_ZOMBIE || target->pgid != -pid || !may_signal(p, target))
            continue;
        if (sig != 0)
            signal_one(target, sig, p ? p->pid : 0);
        hit = 1;
    }
    return hit ? 0 : -1;
}

/* Ctrl-C and the like: the kernel signals a whole group, no permission check. */
void proc_signal_group(int pgid, int sig)
{
    int i;
    for (i = 0; i < NPROC; i++) {
        if (procs[i].pgid == pgid && procs[i].pid != 1)
            signal_one(&procs[i], sig, 0);
    }
}

/* Hands p's children to init; wakes init if one of them is already a zombie. */
static void reparent_children(struct proc *p)
{
    struct proc *init = proc_find(1);
    int i;
    for (i = 0; i < NPROC; i++) {
        if (procs[i].state == PROC_UNUSED || procs[i].ppid != p->pid || &procs[i] == p)
            continue;
        procs[i].ppid = 1;
        trace_begin("reparent");
        trace_dec("pid", procs[i].pid);
        trace_dec("ppid", 1);
        trace_end();
        if (procs[i].state == PROC_ZOMBIE && init != 0)
            sched_wakeup(init);
    }
}

static void become_zombie(int wait_status)
{
    struct proc *p = current_proc;
    struct proc *parent;
    int fd;
    for (fd = 0; fd < NOFILE; fd++) {
        if (p->files[fd] != 0) {
            file_close(p->files[fd]);
            p->files[fd] = 0;
        }
    }
    reparent_children(p);
    fpu_forget(p);
    load_cr3(vm_kernel_directory());
    vm_destroy(p->directory);
    p->directory = 0;
    p->wait_status = wait_status;
    p->state = PROC_ZOMBIE;
    if (p->pid == 1)
        panic("init exited");
    parent = proc_find(p->ppid);
    if (parent != 0)
        sched_wakeup(parent);
    sched_exit();
}

void proc_exit(int code)
{
    struct proc *p = current_proc;
    code = code & 0xFF;
    trace_begin("exit");
    trace_dec("pid", p->pid);
    trace_str("name", p->name);
    trace_dec("status", code);
    trace_end();
    become_zombie(code << 8);
}

void proc_die(int sig)
{
    become_zombie(sig & 0x7F);
}

void proc_check_killed(void)
{
    struct proc *p = current_proc;
    if (p != 0 && p->killed != 0)
        kill_signal(p->kill_reason, p->killed);
}

void proc_tick(void)
{
    struct proc *p = current_proc;
    if (p == 0)
        return;
    p->cpu_ticks++;
    if (p->limit_ticks != 0 && p->killed == 0 && p->cpu_ticks - p->limit_base >= p->limit_ticks) {
        p->killed = SIGKILL;
        p->kill_reason = "time limit";
    }
    sched_request();
}
