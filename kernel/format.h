/* format.h: the printf engine shared by the kernel's kprintf and the printf
 * syscall. Arguments come through a fetch callback so that the syscall can
 * check every user vararg before it is read. */
#ifndef KERNEL_FORMAT_H
#define KERNEL_FORMAT_H

#include "types.h"

struct fmt_args {
    /* Next argument word; returns 0 when it may not be read (the format stops). */
    int (*next)(struct fmt_args *args, u32 *value);
    /* May the string at this address be read? (kprintf: always yes) */
    int (*string_ok)(struct fmt_args *args, u32 address);
};

typedef void (*fmt_emit_fn)(int c, void *context);

/* Supports %d %i %u %x %X %o %c %s %p %% with the flags - 0 + space #, a
 * width and a precision (digits or *), and the lengths h hh l z t ll j.
 * Returns the number of characters emitted, or -1 if an argument was refused. */
int fmt_format(const char *format, struct fmt_args *args, fmt_emit_fn emit, void *context);

#endif
