/* vm.h: page directories. The kernel's identity map is shared by every
 * directory; each program adds its own user window at 0x40000000. */
#ifndef KERNEL_VM_H
#define KERNEL_VM_H

#include "types.h"

#define PTE_PRESENT 0x001
#define PTE_WRITE   0x002
#define PTE_USER    0x004

#define USER_BASE        0x40000000
#define USER_TOP         0x40400000     /* one page table's worth: 4 MiB */
#define USER_STACK_PAGES 4
#define USER_STACK_BOTTOM (USER_TOP - USER_STACK_PAGES * 4096)
#define USER_GUARD_PAGE  (USER_STACK_BOTTOM - 4096)    /* never mapped */
#define USER_HEAP_LIMIT  USER_GUARD_PAGE

void vm_init(u32 ram_top, int flat, int shared);
void vm_guard_kernel_page(u32 area);               /* unmaps the first whole page at or above area */
u32 vm_kernel_directory(void);
u32 vm_create(void);                                /* 0 when memory is full */
int vm_map(u32 directory, u32 va, u32 pa, u32 flags);   /* 0 when memory is full */
u32 *vm_pte(u32 directory, u32 va);                 /* the PTE, or 0 when no page table */
void vm_unmap(u32 directory, u32 va);               /* frees the page if mapped */
void vm_destroy(u32 directory);                     /* frees every program page, table and the directory */
u32 vm_copy(u32 directory);                         /* fork: a copy of the user window; 0 when memory is full */

/* Loads directory's address space (under "shared": the one shared directory
 * showing it, with every slot's window at its alias). */
void vm_activate(u32 directory, u32 *windows, int slots);
u32 vm_alias_base(int slot);                        /* "shared": where slot's window is also mapped */

#endif
