/* proc.h: one program at a time, run from the shell to completion. */
#ifndef KERNEL_PROC_H
#define KERNEL_PROC_H

#include "types.h"
#include "programs.h"
#include "elf.h"

#define MAX_ARGS 16
#define STATUS_NOT_FOUND 127    /* shell convention: no such program */
#define STATUS_BAD_IMAGE 126    /* shell convention: found but cannot be run */

struct proc {
    int pid;
    char name[PROGRAM_NAME_MAX];
    u32 directory;          /* physical address of its page directory */
    u32 heap_start;
    u32 brk;                /* current end of the heap (sbrk) */
    u32 start_ticks;
    int ring0;              /* started with the "ring0" demo option */
    u32 trap_eip;           /* where it last entered the kernel (for kill messages) */
    u32 syscall_nr;         /* the syscall being served, if any */
};

struct proc *proc_current(void);   /* the running program, or 0 in the shell */

/* Builds a program's address space without running it: a new page directory
 * with its segments and stack mapped. Returns the directory (free it with
 * vm_destroy), or 0 after printing "WHO: NAME: reason". */
u32 proc_load_image(struct program *program, const char *who, struct elf_result *loaded);

/* Loads and runs a program; returns its exit status (0-255) or its kill status. */
int proc_run(struct program *program, int argc, char **argv);

/* Called from trap context: end the current program now (never return). */
void proc_exit(int status);
void proc_terminate(int status);   /* no trace line: callers have written theirs */

#endif
