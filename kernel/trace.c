/* trace.c: writes the kernel's trace lines to the debug console port 0xE9.
 * Events (keys in order):
 *   boot    mem_kib modules opts
 *   run     pid name entry
 *   syscall pid nr name a0 a1 a2 (only the arguments that syscall takes)
 *   check   pid addr len write verdict(ok|bad)
 *   sysret  pid name ret
 *   exit    pid name status
 *   kill    pid name reason vector error cr2 eip status   (faults)
 *   kill    pid name reason vector addr eip status         (bad syscall pointer / number)
 *   kill    pid name reason ticks status                   (time limit, Ctrl-C)
 *   panic   reason vector error cr2 eip
 *   halt    status
 */
#include "trace.h"
#include "x86.h"

#define DEBUG_PORT 0xE9
#define LINE_MAX 256

void outsb_block(u32 port, const void *data, u32 n);   /* cpu.s: rep outsb */
u32 copy_text(char *dst, const char *src, u32 room);   /* cpu.s: repne scasb + rep movsb */

/* A line is gathered here and written with one `rep outsb`: an out
 * instruction per byte (with a call around it) cost a syscall thousands of
 * guest instructions. The kernel never switches mid-line, so one buffer. */
static char line[LINE_MAX];
static u32 line_len;

static void out_char(int c)
{
    if (line_len < LINE_MAX - 1)
        line[line_len++] = (char)c;
}

static void out_text(const char *s)
{
    line_len += copy_text(line + line_len, s, LINE_MAX - 1 - line_len);
}

static void out_udec(u32 v)
{
    char buf[12];
    int n = 11;
    buf[11] = 0;
    do {
        buf[--n] = (char)('0' + v % 10);
        v = v / 10;
    } while (v != 0);
    out_text(buf + n);
}

static void out_hex(u32 v, int min_digits)
{
    const char *digits = "0123456789abcdef";
    int shift;
    int started = 0;
    out_text("0x");
    for (shift = 28; shift >= 0; shift -= 4) {
        int d = (int)((v >> shift) & 0xF);
        if (d != 0 || started || shift < min_digits * 4) {
            out_char(digits[d]);
            started = 1;
        }
    }
}

static void out_key(const char *key)
{
    out_char(' ');
    out_text(key);
    out_char('=');
}

void trace_begin(const char *event)
{
    line_len = 0;
    out_text("RS ");
    out_text(event);
}

void trace_dec(const char *key, s32 value)
{
    out_key(key);
    if (value < 0) {
        out_char('-');
        out_udec((u32)0 - (u32)value);
    } else {
        out_udec((u32)value);
    }
}

void trace_udec(const char *key, u32 value)
{
    out_key(key);
    out_udec(value);
}

void trace_hex(const char *key, u32 value)
{
    out_key(key);
    out_hex(value, 1);
}

void trace_addr(const char *key, u32 value)
{
    out_key(key);
    out_hex(value, 8);
}

void trace_str(const char *key, const char *value)
{
    const char *p = value;
    int quote = 0;
    while (*p) {
        if (*p == ' ' || *p == '"')
            quote = 1;
        p++;
    }
    out_key(key);
    if (!quote) {
        out_text(value);
        return;
    }
    out_char('"');
    for (p = value; *p; p++)
        out_char(*p == '"' ? '\'' : *p);     /* the value cannot end the quotes early */
    out_char('"');
}

void trace_end(void)
{
    line[line_len++] = '\n';
    outsb_block(DEBUG_PORT, line, line_len);
    line_len = 0;
}
