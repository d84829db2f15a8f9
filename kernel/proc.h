/* proc.h: the process table. Each process has its own page directory, its
 * own kernel stack (with an unmapped guard page below it) and a saved kernel
 * context; the scheduler (sched.c) runs them round-robin on the PIT. */
#ifndef KERNEL_PROC_H
#define KERNEL_PROC_H

#include <ringside.h>
#include "types.h"
#include "programs.h"
#include "elf.h"
#include "trap.h"
#include "fpu.h"

#define NPROC 64                /* process-table slots (PROCINFO_SLOTS) */
#define NOFILE 16               /* file descriptors per process */
#define MAX_ARGS 16             /* arguments after argv[0] */
#define STATUS_NOT_FOUND 127    /* shell convention: no such program */
#define STATUS_BAD_IMAGE 126    /* shell convention: found but cannot be run */
#define EXEC_REFUSED (-2)       /* execv's result for a refused image, as in <unistd.h> */

struct file;

struct proc {
    int state;              /* PROC_UNUSED, PROC_RUNNABLE, PROC_SLEEPING, PROC_ZOMBIE */
    int pid;
    int ppid;
    int pgid;
    char name[PROGRAM_NAME_MAX];
    u32 directory;          /* physical address of its page directory (0 once freed) */
    u32 kstack_top;         /* what TSS.esp0 holds while it runs */
    u32 context;            /* its saved kernel ESP while switched out (swtch.s) */
    struct trapframe *frame;    /* its user registers, at the top of the kernel stack */
    u32 heap_start;
    u32 brk;                /* current end of the heap (sbrk) */
    u32 cpu_ticks;          /* CPU time used: ticks that fell due while it ran */
    u32 limit_ticks;        /* CPU-time limit since its last execv (0: none) */
    u32 limit_base;         /* cpu_ticks at its last execv */
    int killed;             /* a fatal signal is pending (0: none) */
    const char *kill_reason;    /* why, for the kill line (0: the signal's name) */
    int kill_quiet;         /* sent by kill(2): no kill line on the console */
    u32 ignored;            /* bit n set: signal n is ignored */
    int wait_status;        /* POSIX wait status, once a zombie */
    void *channel;          /* what it sleeps on */
    const char *block_on;   /* read, write, wait, sleep (trace) */
    u32 wake_tick;          /* sleep_ticks: when to wake */
    struct file *files[NOFILE];
    u32 trap_eip;           /* where it last entered the kernel (for kill messages) */
    u32 syscall_nr;         /* the syscall being served, if any */
    int fpu_used;           /* it has run x87 code since its last execv (fpu.c) */
    u8 fpu_state[FPU_STATE_BYTES];  /* its x87 registers while another process owns the FPU */
};

void proc_init(void);
struct proc *proc_current(void);        /* the running process, or 0 in the scheduler */
struct proc *proc_slot(int slot);       /* slot 0..NPROC-1 */
struct proc *proc_find(int pid);        /* a live or zombie process, or 0 */
void proc_activate(struct proc *p);     /* loads p's address space (CR3) */

/* Builds a program's address space without running it: a new page directory
 * with its segments and stack mapped. Returns the directory (free it with
 * vm_destroy), or 0 after printing "WHO: NAME: reason". */
u32 proc_load_image(struct program *program, const char *who, struct elf_result *loaded);

/* Starts init (pid 1) from the boot module NAME; 0 if it cannot. */
int proc_start_init(const char *name);

int proc_fork(void);                    /* child's pid, or -1 (table or memory full) */
int proc_execv(struct program *program, int argc, char **argv);    /* 0, or -1 (image refused) */
int proc_waitpid(int pid, u32 status_address, int options);
int proc_kill(int pid, int sig);
int proc_is_descendant(struct proc *p, struct proc *ancestor);

/* End the current process: exit(code) or death by a signal. Never return. */
void proc_exit(int code);
void proc_die(int sig);
/* Kill the current process if a fatal signal is pending. */
void proc_check_killed(void);
/* Called on every timer tick: CPU-time accounting and the time limit. */
void proc_tick(void);

#endif
