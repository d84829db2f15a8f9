/* syscall.c: int 0x80. EAX = number, EBX = address of the cdecl argument
 * block. The block is checked before it is read, then each handler checks
 * every pointer it is given before using it. */
#include <syscall.h>
#include "syscall_table.h"
#include "sys_handlers.h"
#include "usercopy.h"
#include "proc.h"
#include "fault.h"
#include "trace.h"

#define MAX_SYSCALL_ARGS 3

struct syscall_entry {
    const char *name;
    int nargs;              /* argument words read from the block and traced */
    syscall_handler handler;
};

static struct syscall_entry table[SYS_COUNT];

static void add(int number, const char *name, int nargs, syscall_handler handler)
{
    table[number].name = name;
    table[number].nargs = nargs;
    table[number].handler = handler;
}

void syscall_init(void)
{
    add(SYS_exit, "exit", 1, sys_exit);
    add(SYS_read, "read", 3, sys_read);
    add(SYS_write, "write", 3, sys_write);
    add(SYS_putchar, "putchar", 1, sys_putchar);
    add(SYS_getchar, "getchar", 0, sys_getchar);
    add(SYS_puts, "puts", 1, sys_puts);
    add(SYS_printf, "printf", 1, sys_printf);
    add(SYS_getpid, "getpid", 0, sys_getpid);
    add(SYS_ticks, "ticks", 0, sys_ticks);
    add(SYS_sleep_ticks, "sleep_ticks", 1, sys_sleep_ticks);
    add(SYS_sbrk, "sbrk", 1, sys_sbrk);
    add(SYS_peek, "peek", 1, sys_peek);
    add(SYS_poke, "poke", 2, sys_poke);
    add(SYS_fork, "fork", 0, sys_fork);
    add(SYS_execv, "execv", 2, sys_execv);
    add(SYS_waitpid, "waitpid", 3, sys_waitpid);
    add(SYS_getppid, "getppid", 0, sys_getppid);
    add(SYS_kill, "kill", 2, sys_kill);
    add(SYS_pipe, "pipe", 1, sys_pipe);
    add(SYS_dup, "dup", 1, sys_dup);
    add(SYS_dup2, "dup2", 2, sys_dup2);
    add(SYS_close, "close", 1, sys_close);
    add(SYS_setpgid, "setpgid", 2, sys_setpgid);
    add(SYS_getpgrp, "getpgrp", 0, sys_getpgrp);
    add(SYS_tcsetpgrp, "tcsetpgrp", 2, sys_tcsetpgrp);
    add(SYS_signal, "signal", 2, sys_signal);
    add(SYS_procinfo, "procinfo", 2, sys_procinfo);
    add(SYS_kdump, "kdump", 2, sys_kdump);
    add(SYS_limit, "limit", 1, sys_limit);
    add(SYS_halt, "halt", 1, sys_halt);
    add(SYS_bootcmd, "bootcmd", 2, sys_bootcmd);
}

const char *syscall_name(u32 number)
{
    if (number < SYS_COUNT && table[number].handler != 0)
        return table[number].name;
    return "unknown syscall";
}

void syscall_dispatch(struct trapframe *frame)
{
    struct proc *p = proc_current();
    u32 number = frame->eax;
    u32 block = frame->ebx;
    u32 args[MAX_SYSCALL_ARGS];
    struct syscall_entry *entry;
    u32 result;
    int i;
    char keys[3][3];

    p->syscall_nr = number;
    if (number >= SYS_COUNT || table[number].handler == 0) {
        trace_begin("syscall");
        trace_dec("pid", p->pid);
        trace_udec("nr", number);
        trace_str("name", "?");
        trace_end();
        kill_bad_syscall(number);
    }
    entry = &table[number];
    if (entry->nargs > 0)
        user_require_range(block, (u32)entry->nargs * 4, 0);
    for (i = 0; i < entry->nargs; i++)
        args[i] = ((u32 *)block)[i];

    trace_begin("syscall");
    trace_dec("pid", p->pid);
    trace_udec("nr", number);
    trace_str("name", entry->name);
    for (i = 0; i < entry->nargs; i++) {
        keys[i][0] = 'a';
        keys[i][1] = (char)('0' + i);
        keys[i][2] = 0;
        trace_hex(keys[i], args[i]);
    }
    trace_end();

    result = entry->handler(args, block);

    trace_begin("sysret");
    trace_dec("pid", p->pid);
    trace_str("name", entry->name);
    trace_dec("ret", (s32)result);
    trace_end();
    frame->eax = result;
}
