/* sys_process.c: the syscalls about the process itself: exit, getpid,
 * getppid, ticks, sleep_ticks, sbrk, and peek/poke (limited to its own window). */
#include "sys_handlers.h"
#include "usercopy.h"
#include "proc.h"
#include "pit.h"
#include "mm.h"
#include "vm.h"
#include "x86.h"
#include "sched.h"

#define SBRK_PAGES_PER_CHUNK 64   /* pages mapped between preemption points */

u32 sys_exit(u32 *args, u32 block)
{
    proc_exit((int)args[0]);
    return 0;
}

u32 sys_getpid(u32 *args, u32 block)
{
    return (u32)proc_current()->pid;
}

u32 sys_getppid(u32 *args, u32 block)
{
    return (u32)proc_current()->ppid;
}

u32 sys_ticks(u32 *args, u32 block)
{
    return pit_ticks();
}

/* Blocks until the tick count has advanced n times; uses no CPU meanwhile. */
u32 sys_sleep_ticks(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    s32 n = (s32)args[0];
    if (n <= 0)
        return 0;
    p->wake_tick = pit_ticks() + (u32)n;
    while ((s32)(pit_ticks() - p->wake_tick) < 0) {
        proc_check_killed();
        sched_sleep(&p->wake_tick, "sleep");
    }
    proc_check_killed();
    return 0;
}

/* Grows (or shrinks) the heap between the bss and the stack's guard page.
 * Returns the old break, or -1 if the request does not fit. */
u32 sys_sbrk(u32 *args, u32 block)
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
            if (((va - first_new) / PAGE_SIZE) % SBRK_PAGES_PER_CHUNK == SBRK_PAGES_PER_CHUNK - 1)
                preempt_point();    /* a large sbrk cannot outlast the time limit */
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

u32 sys_peek(u32 *args, u32 block)
{
    user_require_range(args[0], 1, 0);
    return *(u8 *)args[0];
}

u32 sys_poke(u32 *args, u32 block)
{
    user_require_range(args[0], 1, 1);
    *(u8 *)args[0] = (u8)(args[1] & 0xFF);
    return 0;
}
