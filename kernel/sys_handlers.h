/* sys_handlers.h: the syscall handlers. Each gets the argument words the
 * dispatcher read (after checking the block) and the block's address. */
#ifndef KERNEL_SYS_HANDLERS_H
#define KERNEL_SYS_HANDLERS_H

#include "types.h"

typedef u32 (*syscall_handler)(u32 *args, u32 block);

/* sys_file.c: file descriptors */
u32 sys_read(u32 *args, u32 block);
u32 sys_write(u32 *args, u32 block);
u32 sys_close(u32 *args, u32 block);
u32 sys_dup(u32 *args, u32 block);
u32 sys_dup2(u32 *args, u32 block);
u32 sys_pipe(u32 *args, u32 block);

/* sys_console.c: stdio as syscalls, on fds 0 and 1 */
u32 sys_putchar(u32 *args, u32 block);
u32 sys_getchar(u32 *args, u32 block);
u32 sys_puts(u32 *args, u32 block);
u32 sys_printf(u32 *args, u32 block);

/* sys_process.c: the process itself */
u32 sys_exit(u32 *args, u32 block);
u32 sys_getpid(u32 *args, u32 block);
u32 sys_getppid(u32 *args, u32 block);
u32 sys_ticks(u32 *args, u32 block);
u32 sys_sleep_ticks(u32 *args, u32 block);
u32 sys_sbrk(u32 *args, u32 block);
u32 sys_peek(u32 *args, u32 block);
u32 sys_poke(u32 *args, u32 block);

/* sys_proc.c: other processes */
u32 sys_fork(u32 *args, u32 block);
u32 sys_execv(u32 *args, u32 block);
u32 sys_waitpid(u32 *args, u32 block);
u32 sys_kill(u32 *args, u32 block);
u32 sys_signal(u32 *args, u32 block);
u32 sys_setpgid(u32 *args, u32 block);
u32 sys_getpgrp(u32 *args, u32 block);
u32 sys_tcsetpgrp(u32 *args, u32 block);

/* sys_info.c: read-only kernel views, and the machine */
u32 sys_procinfo(u32 *args, u32 block);
u32 sys_kdump(u32 *args, u32 block);
u32 sys_limit(u32 *args, u32 block);
u32 sys_halt(u32 *args, u32 block);
u32 sys_bootcmd(u32 *args, u32 block);

#endif
