/* multiboot.h: the parts of the multiboot v1 information structure the kernel reads. */
#ifndef KERNEL_MULTIBOOT_H
#define KERNEL_MULTIBOOT_H

#include "types.h"

#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002
#define MB_INFO_MEMORY  0x001
#define MB_INFO_CMDLINE 0x004
#define MB_INFO_MODS    0x008

struct multiboot_info {
    u32 flags;
    u32 mem_lower;      /* KiB below 1 MiB */
    u32 mem_upper;      /* KiB from 1 MiB to the first hole */
    u32 boot_device;
    u32 cmdline;        /* physical address of a NUL-terminated string */
    u32 mods_count;
    u32 mods_addr;      /* physical address of mods_count struct multiboot_module */
};

struct multiboot_module {
    u32 mod_start;
    u32 mod_end;        /* one past the last byte */
    u32 string;
    u32 reserved;
};

#endif
