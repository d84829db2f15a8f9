; zz_kernel_end.s: marks the end of the kernel image, so the page allocator
; never hands out the kernel's own memory. Whole-program assembly (and the
; native ld build) lays out .bss unit by unit, C files first, then the .s
; files in name order: this file's name sorts last, so its label comes after
; every other byte. kmain checks that and panics if it ever stops being true.
bits 32
section .bss
global kernel_end
kernel_end:
