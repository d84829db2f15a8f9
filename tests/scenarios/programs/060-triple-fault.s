; Rule: an exception while trying to deliver a double fault shuts the
; processor down (triple fault); the PC resets. Here the IDT limit is 0, so
; INT3 -> #GP (gate beyond limit) -> #DF (beyond limit) -> shutdown.
; Manual: i486 PRM §9.8.8 "If another exception occurs while trying to invoke
; the double-fault handler, the processor enters shutdown mode"; i386 PRM
; §9.8.8.
; Expect: TRIPLE-FAULT

section .text
test_main:
    mov esi, .marker
    call puts
    lidt [empty_idt]
    int3
    mov eax, 3                  ; survived: report through the exit port
    jmp exit_machine
.marker:
    db "TRIPLE-FAULT NEXT", 10, 0

section .data
empty_idt: dw 0
           dd 0
