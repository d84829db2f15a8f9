/* sys_proc.c: the syscalls about other processes: fork, execv, waitpid,
 * kill, signal, and process groups with the console's foreground group. */
#include <signal.h>
#include "sys_handlers.h"
#include "usercopy.h"
#include "proc.h"
#include "programs.h"
#include "kstring.h"
#include "tty.h"
#include "file.h"

#define ARG_MAX_LEN 2048        /* one argument, with its NUL: `sh -c` gets the boot commands */
#define ARGS_TOTAL_MAX 4096     /* all of them together: they go on a 16 KiB user stack */

/* execv's copies of its arguments: the old address space is gone before the
 * new stack is built. The kernel never switches inside execv, so one static
 * copy serves every process. */
static char arg_text[MAX_ARGS + 1][ARG_MAX_LEN];
static char default_text[PROGRAM_ARGS_MAX];
static char *arg_pointers[MAX_ARGS + 2];

u32 sys_fork(u32 *args, u32 block)
{
    return (u32)proc_fork();
}

static u32 args_total;

/* Copies a checked user string; 0 if it or all of them are too long. */
static int copy_arg(u32 address, char *to)
{
    u32 len;
    user_require_str(address);
    len = kstrlen((const char *)address);
    if (len >= ARG_MAX_LEN || args_total + len + 1 > ARGS_TOTAL_MAX)
        return 0;
    args_total += len + 1;
    kstrlcpy(to, (const char *)address, ARG_MAX_LEN);
    return 1;
}

/* A program started with no arguments gets its module's default ones. */
static int add_default_args(struct program *program, int argc)
{
    char *p = default_text;
    kstrlcpy(default_text, program->default_args, PROGRAM_ARGS_MAX);
    while (*p) {
        while (*p == ' ')
            *p++ = 0;
        if (*p == 0)
            break;
        if (argc > MAX_ARGS)
            return -1;
        arg_pointers[argc++] = p;
        while (*p && *p != ' ')
            p++;
    }
    return argc;
}

u32 sys_execv(u32 *args, u32 block)
{
    struct program *program;
    u32 argv = args[1];
    u32 word;
    int argc = 0;
    args_total = 0;
    if (!copy_arg(args[0], arg_text[0]))
        return (u32)-1;
    program = program_find(arg_text[0]);
    for (;;) {
        user_require_range(argv + (u32)argc * 4, 4, 0);
        word = *(u32 *)(argv + (u32)argc * 4);
        if (word == 0)
            break;
        if (argc > MAX_ARGS || !copy_arg(word, arg_text[argc]))
            return (u32)-1;
        arg_pointers[argc] = arg_text[argc];
        argc++;
    }
    if (program == 0)
        return (u32)-1;
    if (argc == 0) {
        arg_pointers[0] = program->name;
        argc = 1;
    }
    if (argc == 1)
        argc = add_default_args(program, 1);
    if (argc < 0)
        return (u32)-1;
    arg_pointers[argc] = 0;
    return (u32)proc_execv(program, argc, arg_pointers);
}

u32 sys_waitpid(u32 *args, u32 block)
{
    return (u32)proc_waitpid((int)args[0], args[1], (int)args[2]);
}

u32 sys_kill(u32 *args, u32 block)
{
    return (u32)proc_kill((int)args[0], (int)args[1]);
}

/* Only SIG_DFL and SIG_IGN: there are no user handlers. */
u32 sys_signal(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    int sig = (int)args[0];
    u32 action = args[1];
    u32 old;
    if (sig <= 0 || sig > 31 || sig == SIGKILL || action > SIG_IGN)
        return (u32)SIG_ERR;
    old = (p->ignored >> sig) & 1;
    if (action == SIG_IGN)
        p->ignored = p->ignored | (1u << sig);
    else
        p->ignored = p->ignored & ~(1u << sig);
    return old;
}

/* setpgid(pid, pgid): for the caller or one of its children. */
u32 sys_setpgid(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    struct proc *target = p;
    int pgid = (int)args[1];
    if ((int)args[0] < 0 || pgid < 0)
        return (u32)-1;
    if (args[0] != 0 && (int)args[0] != p->pid) {
        target = proc_find((int)args[0]);
        if (target == 0 || target->ppid != p->pid)
            return (u32)-1;
    }
    target->pgid = pgid == 0 ? target->pid : pgid;
    return 0;
}

u32 sys_getpgrp(u32 *args, u32 block)
{
    return (u32)proc_current()->pgid;
}

u32 sys_tcsetpgrp(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    if (args[0] >= NOFILE || p->files[args[0]] == 0 || p->files[args[0]]->type != FILE_CONSOLE || (int)args[1] <= 0)
        return (u32)-1;
    tty_set_foreground((int)args[1]);
    return 0;
}
