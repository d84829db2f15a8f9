/* syscall.h: the one definition of ringside's syscall numbers.
 * The kernel dispatches on these; the compiler driver generates a user
 * wrapper for every SYS_<name> below (EAX = number, EBX = address of the
 * cdecl argument block, `int 0x80`, result in EAX). Errors are returned as
 * -1 (there is no errno in the kernel ABI). */
#ifndef RINGSIDE_SYSCALL_H
#define RINGSIDE_SYSCALL_H

/* The program itself and the console (fd 1 unless it says otherwise). */
#define SYS_exit     1   /* void exit(int status) */
#define SYS_read     2   /* int read(int fd, char *buf, int len): 0 at end of file */
#define SYS_write    3   /* int write(int fd, const char *buf, int len) */
#define SYS_putchar  4   /* int putchar(int c): to fd 1 */
#define SYS_getchar  5   /* int getchar(void): from fd 0, -1 at end of file */
#define SYS_puts     6   /* int puts(const char *s): to fd 1 */
#define SYS_printf   7   /* int printf(const char *fmt, ...): formatted by the kernel, to fd 1 */
#define SYS_getpid   8   /* int getpid(void) */
#define SYS_ticks    9   /* int ticks(void): timer ticks since boot (100 a second) */
#define SYS_sleep_ticks 10 /* int sleep_ticks(int ticks): blocks, using no CPU */
#define SYS_sbrk    11   /* void *sbrk(int increment) */
#define SYS_peek    12   /* int peek(int addr): a byte of the caller's own window */
#define SYS_poke    13   /* int poke(int addr, int value) */

/* Processes (POSIX names and meanings). */
#define SYS_fork     14  /* int fork(void) */
#define SYS_execv    15  /* int execv(const char *name, char *const argv[]): -1 if no such program or bad arguments, -2 if the image was refused (the kernel prints why) */
#define SYS_waitpid  16  /* int waitpid(int pid, int *status, int options) */
#define SYS_getppid  17  /* int getppid(void) */
#define SYS_kill     18  /* int kill(int pid, int sig): pid < 0 is the group -pid */
#define SYS_pipe     19  /* int pipe(int fds[2]) */
#define SYS_dup      20  /* int dup(int fd) */
#define SYS_dup2     21  /* int dup2(int fd, int to) */
#define SYS_close    22  /* int close(int fd) */
#define SYS_setpgid  23  /* int setpgid(int pid, int pgid): 0 means the caller / its pid */
#define SYS_getpgrp  24  /* int getpgrp(void) */
#define SYS_tcsetpgrp 25 /* int tcsetpgrp(int fd, int pgrp): the console's foreground group */
#define SYS_signal   26  /* int signal(int sig, int action): SIG_DFL or SIG_IGN only */

/* ringside's own: read-only views of the kernel for ps, mem, gdt... */
#define SYS_procinfo 27  /* int procinfo(int slot, struct procinfo *out) */
#define SYS_kdump    28  /* int kdump(const char *what, const char *arg): prints a kernel report on the console */
#define SYS_limit    29  /* int limit(int ticks): CPU-time limit for programs started later; -1 only reads it */
#define SYS_halt     30  /* int halt(int status): power off; only init and its children may */
#define SYS_bootcmd  31  /* int bootcmd(char *buf, int len): the boot command line's shell commands */

#define SYS_COUNT   32

#endif
