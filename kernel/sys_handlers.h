/* sys_handlers.h: the syscall handlers. Each gets the argument words the
 * dispatcher read (after checking the block) and the block's address. */
#ifndef KERNEL_SYS_HANDLERS_H
#define KERNEL_SYS_HANDLERS_H

#include "types.h"

typedef u32 (*syscall_handler)(u32 *args, u32 block);

/* sys_console.c */
u32 sys_write(u32 *args, u32 block);
u32 sys_read(u32 *args, u32 block);
u32 sys_putchar(u32 *args, u32 block);
u32 sys_getchar(u32 *args, u32 block);
u32 sys_puts(u32 *args, u32 block);
u32 sys_printf(u32 *args, u32 block);

/* sys_process.c */
u32 sys_exit(u32 *args, u32 block);
u32 sys_getpid(u32 *args, u32 block);
u32 sys_ticks(u32 *args, u32 block);
u32 sys_sleep(u32 *args, u32 block);
u32 sys_sbrk(u32 *args, u32 block);
u32 sys_peek(u32 *args, u32 block);
u32 sys_poke(u32 *args, u32 block);

#endif
