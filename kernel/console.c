/* console.c: console output and input on COM1, and kprintf. */
#include <stdarg.h>
#include "console.h"
#include "serial.h"
#include "vga.h"
#include "format.h"
#include "x86.h"

static int last_char = '\n';

void console_putc(int c)
{
    serial_putc(c);
    vga_putc(c);
    last_char = c;
}

int console_at_line_start(void)
{
    return last_char == '\n';
}

void console_write(const char *s, int n)
{
    int i;
    for (i = 0; i < n; i++)
        console_putc(s[i]);
}

void console_puts(const char *s)
{
    while (*s)
        console_putc(*s++);
}

/* kprintf's arguments: a va_list wrapped so the engine can fetch from it. */
struct kernel_args {
    struct fmt_args base;
    va_list ap;
};

static int kernel_next(struct fmt_args *args, u32 *value)
{
    struct kernel_args *k = (struct kernel_args *)args;
    *value = va_arg(k->ap, u32);
    return 1;
}

static int kernel_string_ok(struct fmt_args *args, u32 address)
{
    return 1;
}

static void emit_console(int c, void *context)
{
    console_putc(c);
}

int kprintf(const char *format, ...)
{
    struct kernel_args args;
    int n;
    args.base.next = kernel_next;
    args.base.string_ok = kernel_string_ok;
    va_start(args.ap, format);
    n = fmt_format(format, &args.base, emit_console, 0);
    va_end(args.ap);
    return n;
}
