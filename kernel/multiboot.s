; multiboot.s: the multiboot v1 header, which the loader finds in the first 8 KiB.
bits 32
section .multiboot
align 4
MULTIBOOT_MAGIC equ 0x1BADB002
MULTIBOOT_FLAGS equ 0x00000003      ; bit 0: page-align modules, bit 1: memory info
multiboot_header:
    dd MULTIBOOT_MAGIC
    dd MULTIBOOT_FLAGS
    dd 0xE4524FFB                   ; checksum: magic + flags + checksum == 0 (mod 2^32)
