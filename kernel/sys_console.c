/* sys_console.c: the stdio syscalls: putchar, puts and printf write to the
 * caller's fd 1 (the console, or a pipe), getchar reads its fd 0. printf is
 * formatted by the kernel, which checks every vararg and %s string first. */
#include "sys_handlers.h"
#include "usercopy.h"
#include "fault.h"
#include "proc.h"
#include "file.h"
#include "format.h"

#define OUT_BUFFER 256

/* Output for fd 1, gathered so a pipe gets a few large writes. */
struct out_buffer {
    struct file *file;
    char data[OUT_BUFFER];
    int used;
    int failed;
};

static void out_flush(struct out_buffer *out)
{
    if (out->used > 0 && !out->failed && file_write(out->file, out->data, out->used) < 0)
        out->failed = 1;
    out->used = 0;
}

static void out_byte(int c, void *context)
{
    struct out_buffer *out = (struct out_buffer *)context;
    if (out->used == OUT_BUFFER)
        out_flush(out);
    out->data[out->used++] = (char)c;
}

/* 1 when fd 1 is open; out then writes to it. */
static int out_open(struct out_buffer *out)
{
    out->file = proc_current()->files[1];
    out->used = 0;
    out->failed = 0;
    return out->file != 0;
}

static u32 out_finish(struct out_buffer *out, u32 result)
{
    out_flush(out);
    return out->failed ? (u32)-1 : result;
}

u32 sys_putchar(u32 *args, u32 block)
{
    struct out_buffer out;
    if (!out_open(&out))
        return (u32)-1;
    out_byte((int)(args[0] & 0xFF), &out);
    return out_finish(&out, args[0] & 0xFF);
}

u32 sys_getchar(u32 *args, u32 block)
{
    struct file *f = proc_current()->files[0];
    char c;
    if (f == 0 || file_read(f, &c, 1) != 1)
        return (u32)-1;
    return (u32)(u8)c;
}

u32 sys_puts(u32 *args, u32 block)
{
    struct out_buffer out;
    const char *s = (const char *)args[0];
    user_require_str(args[0]);
    if (!out_open(&out))
        return (u32)-1;
    while (*s)
        out_byte(*s++, &out);
    out_byte('\n', &out);
    return out_finish(&out, 0);
}

/* printf's arguments live in the user's block after the format. The first
 * pass checks each vararg word as it is used (and each %s string); only when
 * all passed does the second pass print, reading the now-checked words. */
struct user_args {
    struct fmt_args base;
    u32 next_address;
    int checking;
};

static int user_next(struct fmt_args *args, u32 *value)
{
    struct user_args *u = (struct user_args *)args;
    if (u->checking && !user_range_ok(u->next_address, 4, 0))
        kill_bad_pointer(u->next_address, 4, 0);
    *value = *(u32 *)u->next_address;
    u->next_address += 4;
    return 1;
}

static int user_string_ok(struct fmt_args *args, u32 address)
{
    struct user_args *u = (struct user_args *)args;
    if (u->checking)
        user_require_str(address);
    return 1;
}

static void emit_nothing(int c, void *context)
{
}

u32 sys_printf(u32 *args, u32 block)
{
    struct user_args u;
    struct out_buffer out;
    const char *format = (const char *)args[0];
    int n;
    user_require_str(args[0]);
    u.base.next = user_next;
    u.base.string_ok = user_string_ok;
    u.next_address = block + 4;
    u.checking = 1;
    fmt_format(format, &u.base, emit_nothing, 0);
    if (!out_open(&out))
        return (u32)-1;
    u.next_address = block + 4;
    u.checking = 0;
    n = fmt_format(format, &u.base, out_byte, &out);
    return out_finish(&out, (u32)n);
}
