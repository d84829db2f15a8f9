/* programs.h: the programs the loader handed over as multiboot modules. */
#ifndef KERNEL_PROGRAMS_H
#define KERNEL_PROGRAMS_H

#include "types.h"
#include "multiboot.h"

#define MAX_PROGRAMS 128
#define PROGRAM_NAME_MAX 32
#define PROGRAM_ARGS_MAX 128

struct program {
    char name[PROGRAM_NAME_MAX];            /* basename of the module string's first word, minus ".elf" */
    char default_args[PROGRAM_ARGS_MAX];    /* the rest of the module string */
    u32 start;                              /* physical address of the image */
    u32 size;
};

void programs_init(struct multiboot_info *info);
int program_count(void);
struct program *program_at(int index);
struct program *program_find(const char *name);
u32 programs_end(void);                     /* one past the last module byte (0 if none) */

#endif
