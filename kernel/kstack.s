; kstack.s: the kernel stacks, one slot per process (see proc.c). Each slot
; is an unmapped guard page followed by KSTACK_PAGES of stack; one extra page
; lets proc.c align the slots to pages.
bits 32
section .bss
global kstack_area
kstack_area:
    resb 4096 + 64 * 16384
