/* idt.c: exceptions 0-31 and IRQs 0x20-0x2F as DPL-0 interrupt gates, and
 * int 0x80 as the only gate ring 3 may use (DPL 3). Every other vector is
 * left not present. Interrupt gates clear IF, so the kernel runs with
 * interrupts off except while it idles. */
#include "idt.h"
#include "gdt.h"
#include "trap.h"
#include "x86.h"
#include "console.h"
#include "kstring.h"
#include "types.h"

#define IDT_ENTRIES 256
#define GATE_INTERRUPT32 0x0E00
#define GATE_PRESENT 0x8000
#define GATE_DPL3 0x6000

extern u32 trap_stub_table[];   /* trap.s: vectors 0..47, then 0x80 */

static u32 idt[IDT_ENTRIES * 2];
static u8 idt_pointer[6];

static void set_gate(int vector, u32 handler, u32 dpl_bits)
{
    idt[vector * 2] = (handler & 0xFFFF) | (SEL_KERNEL_CODE << 16);
    idt[vector * 2 + 1] = (handler & 0xFFFF0000) | GATE_PRESENT | dpl_bits | GATE_INTERRUPT32;
}

void idt_init(void)
{
    int v;
    u32 size = sizeof(idt) - 1;
    kmemset(idt, 0, sizeof(idt));
    for (v = 0; v < 48; v++)
        set_gate(v, trap_stub_table[v], 0);
    set_gate(T_SYSCALL, trap_stub_table[48], GATE_DPL3);

    idt_pointer[0] = (u8)(size & 0xFF);
    idt_pointer[1] = (u8)(size >> 8);
    idt_pointer[2] = (u8)((u32)idt & 0xFF);
    idt_pointer[3] = (u8)(((u32)idt >> 8) & 0xFF);
    idt_pointer[4] = (u8)(((u32)idt >> 16) & 0xFF);
    idt_pointer[5] = (u8)(((u32)idt >> 24) & 0xFF);
    lidt_load(idt_pointer);
}

void idt_dump(void)
{
    int v;
    u32 lo;
    u32 hi;
    kprintf("IDT at %p (present gates only)\n", (void *)idt);
    kprintf("vec   handler    sel   dpl  type\n");
    for (v = 0; v < IDT_ENTRIES; v++) {
        lo = idt[v * 2];
        hi = idt[v * 2 + 1];
        if ((hi & GATE_PRESENT) == 0)
            continue;
        kprintf("0x%02x  0x%08x 0x%02x  %d    %s\n", (u32)v, (hi & 0xFFFF0000) | (lo & 0xFFFF),
                lo >> 16, (int)((hi >> 13) & 3),
                ((hi >> 8) & 0xF) == 0xE ? "interrupt gate" : "trap gate");
    }
}
