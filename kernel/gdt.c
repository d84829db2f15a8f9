/* gdt.c: builds the GDT (null, kernel code/data, user code/data, TSS) and the
 * TSS whose SS0:ESP0 the CPU loads when a ring-3 program traps into the kernel. */
#include "gdt.h"
#include "x86.h"
#include "console.h"
#include "kstring.h"

#define GDT_ENTRIES 6

/* Access byte bits. */
#define ACC_PRESENT 0x80
#define ACC_DPL3    0x60
#define ACC_SEGMENT 0x10    /* code/data (not system) */
#define ACC_CODE    0x0A    /* execute/read */
#define ACC_DATA    0x02    /* read/write */
#define ACC_TSS32   0x09    /* available 32-bit TSS */
/* Flags nibble: 4 KiB granularity, 32-bit. */
#define FLAGS_4K_32 0xC

#define TSS_WORDS 26        /* 104 bytes: the 32-bit TSS without an I/O bitmap */

static u32 gdt[GDT_ENTRIES * 2];
static u32 tss[TSS_WORDS];
static u8 gdt_pointer[6];

static void set_entry(int index, u32 base, u32 limit, u32 access, u32 flags)
{
    gdt[index * 2] = (limit & 0xFFFF) | ((base & 0xFFFF) << 16);
    gdt[index * 2 + 1] = ((base >> 16) & 0xFF) | (access << 8) | (limit & 0xF0000)
                       | ((flags & 0xF) << 20) | (base & 0xFF000000);
}

void gdt_init(u32 kernel_stack_top)
{
    u32 limit = 0xFFFFF;
    kmemset(gdt, 0, sizeof(gdt));
    kmemset(tss, 0, sizeof(tss));
    set_entry(1, 0, limit, ACC_PRESENT | ACC_SEGMENT | ACC_CODE, FLAGS_4K_32);
    set_entry(2, 0, limit, ACC_PRESENT | ACC_SEGMENT | ACC_DATA, FLAGS_4K_32);
    set_entry(3, 0, limit, ACC_PRESENT | ACC_DPL3 | ACC_SEGMENT | ACC_CODE, FLAGS_4K_32);
    set_entry(4, 0, limit, ACC_PRESENT | ACC_DPL3 | ACC_SEGMENT | ACC_DATA, FLAGS_4K_32);

    tss[1] = kernel_stack_top;          /* ESP0 */
    tss[2] = SEL_KERNEL_DATA;           /* SS0 */
    /* I/O map base = the TSS size, beyond the limit: ring 3 gets no ports. */
    tss[25] = (sizeof(tss)) << 16;
    set_entry(5, (u32)tss, sizeof(tss) - 1, ACC_PRESENT | ACC_TSS32, 0);

    gdt_pointer[0] = (u8)((sizeof(gdt) - 1) & 0xFF);
    gdt_pointer[1] = (u8)((sizeof(gdt) - 1) >> 8);
    gdt_pointer[2] = (u8)((u32)gdt & 0xFF);
    gdt_pointer[3] = (u8)(((u32)gdt >> 8) & 0xFF);
    gdt_pointer[4] = (u8)(((u32)gdt >> 16) & 0xFF);
    gdt_pointer[5] = (u8)(((u32)gdt >> 24) & 0xFF);
    lgdt_and_reload(gdt_pointer);
    ltr_load(SEL_TSS);
}

static const char *gdt_names[GDT_ENTRIES] = {
    "null", "kernel code", "kernel data", "user code", "user data", "TSS"
};

void gdt_dump(void)
{
    int i;
    u32 lo;
    u32 hi;
    u32 base;
    u32 limit;
    kprintf("GDT at %p, %d entries\n", (void *)gdt, GDT_ENTRIES);
    kprintf("sel   base       limit      dpl  type\n");
    for (i = 0; i < GDT_ENTRIES; i++) {
        lo = gdt[i * 2];
        hi = gdt[i * 2 + 1];
        base = (lo >> 16) | ((hi & 0xFF) << 16) | (hi & 0xFF000000);
        limit = (lo & 0xFFFF) | (hi & 0xF0000);
        if (hi & 0x00800000)
            limit = (limit << 12) | 0xFFF;
        kprintf("0x%02x  0x%08x 0x%08x %d    %s\n", (u32)(i * 8), base, limit, (int)((hi >> 13) & 3), gdt_names[i]);
    }
}

/* Called on every context switch: where the CPU puts the next trap from ring 3. */
void tss_set_esp0(u32 esp0)
{
    tss[1] = esp0;
}

void tss_dump(void)
{
    kprintf("TSS at %p: ss0=0x%04x esp0=0x%08x iomap=0x%x (limit 0x%x: no I/O bitmap)\n",
            (void *)tss, tss[2], tss[1], tss[25] >> 16, (u32)(sizeof(tss) - 1));
}
