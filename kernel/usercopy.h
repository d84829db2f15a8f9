/* usercopy.h: the checks every pointer from a program passes before the
 * kernel touches it (the guard against the confused-deputy attack). */
#ifndef KERNEL_USERCOPY_H
#define KERNEL_USERCOPY_H

#include "types.h"

/* 1 if [addr, addr+len) lies in the user window, does not wrap, and every
 * page is present, user-accessible and (for write) writable in the current
 * program's page tables. Writes a `check` trace line. */
int user_range_ok(u32 addr, u32 len, int write);

/* 1 if a NUL-terminated string starts at addr and ends inside readable
 * window pages. Writes a `check` trace line. */
int user_str_ok(u32 addr);

/* The same checks, but a failure kills the program with "bad syscall pointer". */
void user_require_range(u32 addr, u32 len, int write);
void user_require_str(u32 addr);

#endif
