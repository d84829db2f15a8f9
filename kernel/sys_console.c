/* sys_console.c: the console syscalls: write, read, putchar, getchar, puts,
 * printf. Every buffer and string is checked before the kernel touches it. */
#include "sys_handlers.h"
#include "usercopy.h"
#include "fault.h"
#include "console.h"
#include "serial.h"
#include "format.h"

u32 sys_write(u32 *args, u32 block)
{
    u32 fd = args[0];
    const char *buf = (const char *)args[1];
    s32 len = (s32)args[2];
    if (fd != 1 && fd != 2)
        return (u32)-1;
    if (len < 0)
        return (u32)-1;
    user_require_range(args[1], (u32)len, 0);
    console_write(buf, len);
    return (u32)len;
}

/* Reading waits for the first byte, then takes what has already arrived,
 * up to the end of a line. Enter (CR) is delivered as '\n'. */
u32 sys_read(u32 *args, u32 block)
{
    u32 fd = args[0];
    char *buf = (char *)args[1];
    s32 len = (s32)args[2];
    s32 n = 0;
    int c;
    if (fd != 0 || len < 0)
        return (u32)-1;
    user_require_range(args[1], (u32)len, 1);
    if (len == 0)
        return 0;
    c = console_getc();
    for (;;) {
        if (c == '\r')
            c = '\n';
        buf[n++] = (char)c;
        if (n == len || c == '\n')
            break;
        c = serial_read_queued();
        if (c < 0)
            break;
    }
    return (u32)n;
}

u32 sys_putchar(u32 *args, u32 block)
{
    console_putc((int)(args[0] & 0xFF));
    return args[0] & 0xFF;
}

u32 sys_getchar(u32 *args, u32 block)
{
    int c = console_getc();
    if (c == '\r')
        c = '\n';
    return (u32)c;
}

u32 sys_puts(u32 *args, u32 block)
{
    user_require_str(args[0]);
    console_puts((const char *)args[0]);
    console_putc('\n');
    return 0;
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

static void emit_console(int c, void *context)
{
    console_putc(c);
}

u32 sys_printf(u32 *args, u32 block)
{
    struct user_args u;
    const char *format = (const char *)args[0];
    user_require_str(args[0]);
    u.base.next = user_next;
    u.base.string_ok = user_string_ok;
    u.next_address = block + 4;
    u.checking = 1;
    fmt_format(format, &u.base, emit_nothing, 0);
    u.next_address = block + 4;
    u.checking = 0;
    return (u32)fmt_format(format, &u.base, emit_console, 0);
}
