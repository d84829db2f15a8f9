/* usercopy.c: walks the current program's page tables to decide whether a
 * user pointer may be used. With the "nocheck" demo option the checks are
 * skipped (and no check line is written): the kernel becomes a confused deputy. */
#include "usercopy.h"
#include "proc.h"
#include "vm.h"
#include "mm.h"
#include "trace.h"
#include "fault.h"
#include "options.h"
#include "x86.h"

static void trace_check(u32 addr, u32 len, int write, const char *verdict)
{
    struct proc *p = proc_current();
    trace_begin("check");
    trace_dec("pid", p ? p->pid : 0);
    trace_addr("addr", addr);
    trace_hex("len", len);
    trace_dec("write", write ? 1 : 0);
    trace_str("verdict", verdict);
    trace_end();
}

/* Is this one page usable by the program for the access? */
static int page_ok(u32 directory, u32 va, int write)
{
    u32 *directory_entries = (u32 *)directory;
    u32 pde = directory_entries[va >> 22];
    u32 *pte;
    u32 need = PTE_PRESENT | PTE_USER | (write ? PTE_WRITE : 0);
    if ((pde & need) != need)
        return 0;
    pte = vm_pte(directory, va);
    return (*pte & need) == need;
}

/* The top of what may be user memory: the window, or under "shared" every
 * process's alias window too (that is the demo's mistake). */
static u32 user_limit(void)
{
    return boot_options.shared ? vm_alias_base(NPROC) : USER_TOP;
}

static int range_ok(u32 addr, u32 len, int write)
{
    struct proc *p = proc_current();
    u32 top = user_limit();
    u32 end;
    u32 va;
    if (p == 0)
        return 0;
    if (len == 0)
        return addr >= USER_BASE && addr <= top;
    end = addr + len;
    if (end < addr)
        return 0;                               /* wraps around 4 GiB */
    if (addr < USER_BASE || end > top)
        return 0;                               /* outside the window */
    for (va = addr & PAGE_MASK; va < end; va += PAGE_SIZE) {
        if (!page_ok(read_cr3(), va, write))
            return 0;
        if (va + PAGE_SIZE < va)
            break;
    }
    return 1;
}

int user_range_ok(u32 addr, u32 len, int write)
{
    int ok;
    if (boot_options.nocheck)
        return 1;               /* no check, so no check line */
    ok = range_ok(addr, len, write);
    trace_check(addr, len, write, ok ? "ok" : "bad");
    return ok;
}

/* Scan for the NUL page by page, never past the window or an unusable page. */
static int string_length(u32 addr, u32 *scanned)
{
    struct proc *p = proc_current();
    u32 va = addr;
    u32 top = user_limit();
    *scanned = 0;
    if (p == 0 || addr < USER_BASE || addr >= top)
        return 0;
    while (va < top) {
        if (!page_ok(read_cr3(), va & PAGE_MASK, 0)) {
            *scanned = va - addr;       /* how far the scan got before the bad page */
            return 0;
        }
        do {
            if (*(const u8 *)va == 0) {
                *scanned = va - addr + 1;
                return 1;
            }
            va++;
        } while ((va & 0xFFF) != 0 && va < top);
    }
    *scanned = va - addr;
    return 0;
}

int user_str_ok(u32 addr)
{
    u32 scanned;
    int ok;
    if (boot_options.nocheck)
        return 1;
    ok = string_length(addr, &scanned);
    trace_check(addr, scanned, 0, ok ? "ok" : "bad");
    return ok;
}

void user_require_range(u32 addr, u32 len, int write)
{
    if (!user_range_ok(addr, len, write))
        kill_bad_pointer(addr, len, write);
}

void user_require_str(u32 addr)
{
    if (!user_str_ok(addr))
        kill_bad_pointer(addr, 0, 0);
}
