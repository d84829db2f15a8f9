/* user_map.h: the shell's `mem NAME`: a program's virtual memory map. */
#ifndef KERNEL_USER_MAP_H
#define KERNEL_USER_MAP_H

#include "types.h"

/* Prints the user window of directory, one line per run of pages with the
 * same protection and purpose. heap_start: where the heap begins (page-aligned). */
void user_map_print(u32 directory, u32 heap_start);

#endif
