/* user_map.c: walks a program's page table over the user window and prints
 * each run of pages that share U/S, R/W and purpose: text (read-only),
 * data (writable, below the heap), heap, guard (never mapped), stack. */
#include "user_map.h"
#include "vm.h"
#include "mm.h"
#include "console.h"

/* What a page of the window is for, judged from its address and flags. */
static const char *purpose(u32 va, u32 pte, u32 heap_start)
{
    if (va == USER_GUARD_PAGE)
        return "guard";
    if ((pte & PTE_PRESENT) == 0)
        return "unmapped";
    if (va >= USER_STACK_BOTTOM)
        return "stack";
    if (va >= heap_start)
        return "heap";
    if ((pte & PTE_WRITE) == 0)
        return "text";
    return "data";
}

static u32 entry_at(u32 directory, u32 va)
{
    u32 *pte = vm_pte(directory, va);
    if (pte == 0)
        return 0;
    return *pte;
}

static void print_range(u32 start, u32 end, u32 pte, const char *what)
{
    kprintf("  0x%08x-0x%08x %4u KiB  ", start, end - 1, (end - start) / 1024);
    if (pte & PTE_PRESENT)
        kprintf("%s %s  ", (pte & PTE_USER) ? "user" : "kern",
                (pte & PTE_WRITE) ? "rw" : "ro");
    else
        kprintf("absent   ");
    kprintf("%s\n", what);
}

void user_map_print(u32 directory, u32 heap_start)
{
    u32 va;
    u32 start = USER_BASE;
    u32 first = entry_at(directory, USER_BASE);
    const char *kind = purpose(USER_BASE, first, heap_start);
    u32 pte;
    const char *k;
    /* The shared kernel map, with its real flags (user-accessible under "flat"). */
    pte = entry_at(directory, PAGE_SIZE);
    kprintf("  0x%08x-0x%08x           %s rw  the kernel's identity map (page 0 unmapped)\n",
            PAGE_SIZE, mm_ram_top() - 1, (pte & PTE_USER) ? "user" : "kern");
    for (va = USER_BASE + PAGE_SIZE; va <= USER_TOP; va += PAGE_SIZE) {
        pte = va < USER_TOP ? entry_at(directory, va) : 0;
        k = va < USER_TOP ? purpose(va, pte, heap_start) : "";
        if (va < USER_TOP && k == kind && (pte & 7) == (first & 7))
            continue;
        /* Unmapped stretches between the image and the guard are room for the heap. */
        if ((first & PTE_PRESENT) || kind[0] == 'g')
            print_range(start, va, first, kind);
        else
            print_range(start, va, first, "free (the heap grows here)");
        start = va;
        first = pte;
        kind = k;
    }
}
