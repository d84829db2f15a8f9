/* syscall.h: the one definition of ringside's syscall numbers.
 * The kernel dispatches on these; the compiler driver generates a user
 * wrapper for every SYS_<name> below (EAX = number, EBX = address of the
 * cdecl argument block, `int 0x80`, result in EAX). */
#ifndef RINGSIDE_SYSCALL_H
#define RINGSIDE_SYSCALL_H

#define SYS_exit     1   /* void exit(int status) */
#define SYS_read     2   /* int read(int fd, char *buf, int len) */
#define SYS_write    3   /* int write(int fd, const char *buf, int len) */
#define SYS_putchar  4   /* int putchar(int c) */
#define SYS_getchar  5   /* int getchar(void) */
#define SYS_puts     6   /* int puts(const char *s) */
#define SYS_printf   7   /* int printf(const char *fmt, ...) */
#define SYS_getpid   8   /* int getpid(void) */
#define SYS_ticks    9   /* int ticks(void) */
#define SYS_sleep   10   /* int sleep(int ticks) */
#define SYS_sbrk    11   /* void *sbrk(int increment) */
#define SYS_peek    12   /* int peek(int addr): a byte of the caller's own window */
#define SYS_poke    13   /* int poke(int addr, int value) */

#define SYS_COUNT   14

#endif
