/* syscall.c: int 0x80. EAX = number, EBX = address of the cdecl argument
 * block. The block is checked before it is read, then each handler checks
 * every pointer it is given before using it. */
#include <syscall.h>
#include "syscall_table.h"
#include "usercopy.h"
#include "proc.h"
#include "fault.h"
#include "console.h"
#include "serial.h"
#include "trace.h"
#include "format.h"
#include "pit.h"
#include "mm.h"
#include "vm.h"
#include "x86.h"

#define MAX_SYSCALL_ARGS 3

typedef u32 (*syscall_handler)(u32 *args, u32 block);

struct syscall_entry {
    const char *name;
    int nargs;              /* argument words read from the block and traced */
    syscall_handler handler;
};

static struct syscall_entry table[SYS_COUNT];

static u32 sys_exit(u32 *args, u32 block)
{
    proc_exit((int)args[0]);
    return 0;
}

static u32 sys_write(u32 *args, u32 block)
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
static u32 sys_read(u32 *args, u32 block)
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

static u32 sys_putchar(u32 *args, u32 block)
{
    console_putc((int)(args[0] & 0xFF));
    return args[0] & 0xFF;
}

static u32 sys_getchar(u32 *args, u32 block)
{
    int c = console_getc();
    if (c == '\r')
        c = '\n';
    return (u32)c;
}

static u32 sys_puts(u32 *args, u32 block)
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

static u32 sys_printf(u32 *args, u32 block)
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

static u32 sys_getpid(u32 *args, u32 block)
{
    return (u32)proc_current()->pid;
}

static u32 sys_ticks(u32 *args, u32 block)
{
    return pit_ticks();
}

static u32 sys_sleep(u32 *args, u32 block)
{
    s32 n = (s32)args[0];
    u32 start = pit_ticks();
    if (n <= 0)
        return 0;
    while (pit_ticks() - start < (u32)n)
        cpu_idle();
    return 0;
}

/* Grows (or shrinks) the heap between the bss and the stack's guard page.
 * Returns the old break, or -1 if the request does not fit. */
static u32 sys_sbrk(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    s32 increment = (s32)args[0];
    u32 old_brk = p->brk;
    u32 new_brk = old_brk + (u32)increment;
    u32 first_new = (old_brk + PAGE_SIZE - 1) & PAGE_MASK;
    u32 va;
    u32 undo;
    u32 page;
    if (increment > 0 && (new_brk < old_brk || new_brk > USER_HEAP_LIMIT))
        return (u32)-1;
    if (increment < 0 && (new_brk > old_brk || new_brk < p->heap_start))
        return (u32)-1;
    if (increment > 0) {
        for (va = first_new; va < new_brk; va += PAGE_SIZE) {
            page = page_alloc(OWNER_USER);
            if (page == 0 || !vm_map(p->directory, va, page, PTE_USER | PTE_WRITE)) {
                if (page != 0)
                    page_free(page);
                for (undo = first_new; undo < va; undo += PAGE_SIZE)
                    vm_unmap(p->directory, undo);   /* keep the break consistent */
                return (u32)-1;
            }
        }
    } else {
        for (va = (new_brk + PAGE_SIZE - 1) & PAGE_MASK; va < old_brk; va += PAGE_SIZE)
            vm_unmap(p->directory, va);
    }
    p->brk = new_brk;
    return old_brk;
}

static u32 sys_peek(u32 *args, u32 block)
{
    user_require_range(args[0], 1, 0);
    return *(u8 *)args[0];
}

static u32 sys_poke(u32 *args, u32 block)
{
    user_require_range(args[0], 1, 1);
    *(u8 *)args[0] = (u8)(args[1] & 0xFF);
    return 0;
}

static void add(int number, const char *name, int nargs, syscall_handler handler)
{
    table[number].name = name;
    table[number].nargs = nargs;
    table[number].handler = handler;
}

void syscall_init(void)
{
    add(SYS_exit, "exit", 1, sys_exit);
    add(SYS_read, "read", 3, sys_read);
    add(SYS_write, "write", 3, sys_write);
    add(SYS_putchar, "putchar", 1, sys_putchar);
    add(SYS_getchar, "getchar", 0, sys_getchar);
    add(SYS_puts, "puts", 1, sys_puts);
    add(SYS_printf, "printf", 1, sys_printf);
    add(SYS_getpid, "getpid", 0, sys_getpid);
    add(SYS_ticks, "ticks", 0, sys_ticks);
    add(SYS_sleep, "sleep", 1, sys_sleep);
    add(SYS_sbrk, "sbrk", 1, sys_sbrk);
    add(SYS_peek, "peek", 1, sys_peek);
    add(SYS_poke, "poke", 2, sys_poke);
}

const char *syscall_name(u32 number)
{
    if (number < SYS_COUNT && table[number].handler != 0)
        return table[number].name;
    return "unknown syscall";
}

void syscall_dispatch(struct trapframe *frame)
{
    struct proc *p = proc_current();
    u32 number = frame->eax;
    u32 block = frame->ebx;
    u32 args[MAX_SYSCALL_ARGS];
    struct syscall_entry *entry;
    u32 result;
    int i;
    char keys[3][3];

    p->syscall_nr = number;
    if (number >= SYS_COUNT || table[number].handler == 0) {
        trace_begin("syscall");
        trace_dec("pid", p->pid);
        trace_udec("nr", number);
        trace_str("name", "?");
        trace_end();
        kill_bad_syscall(number);
    }
    entry = &table[number];
    if (entry->nargs > 0)
        user_require_range(block, (u32)entry->nargs * 4, 0);
    for (i = 0; i < entry->nargs; i++)
        args[i] = ((u32 *)block)[i];

    trace_begin("syscall");
    trace_dec("pid", p->pid);
    trace_udec("nr", number);
    trace_str("name", entry->name);
    for (i = 0; i < entry->nargs; i++) {
        keys[i][0] = 'a';
        keys[i][1] = (char)('0' + i);
        keys[i][2] = 0;
        trace_hex(keys[i], args[i]);
    }
    trace_end();

    result = entry->handler(args, block);

    trace_begin("sysret");
    trace_dec("pid", p->pid);
    trace_str("name", entry->name);
    trace_dec("ret", (s32)result);
    trace_end();
    frame->eax = result;
}
