/* elf.h: the loader for ELF32 i386 executables into a program's user window. */
#ifndef KERNEL_ELF_H
#define KERNEL_ELF_H

#include "types.h"

struct elf_result {
    u32 entry;
    u32 image_end;          /* highest byte any segment occupies, +1: the heap starts above it */
    char error[96];         /* why the image was refused */
};

/* Checks the image and maps its PT_LOAD segments into directory.
 * Returns 1 on success; 0 with result->error set otherwise (pages already
 * mapped are left for vm_destroy to free). */
int elf_load(u32 directory, const u8 *image, u32 size, struct elf_result *result);

#endif
