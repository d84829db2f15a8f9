/* pit.c: programs PIT channel 0 for 100 interrupts per second and counts them. */
#include "pit.h"
#include "x86.h"

#define PIT_CHANNEL0 0x40
#define PIT_COMMAND 0x43
#define PIT_INPUT_HZ 1193182

static volatile u32 ticks;

void pit_init(void)
{
    u32 divisor = (PIT_INPUT_HZ + TICKS_PER_SECOND / 2) / TICKS_PER_SECOND;
    outb(PIT_COMMAND, 0x36);    /* channel 0, lobyte/hibyte, mode 3 (square wave) */
    outb(PIT_CHANNEL0, divisor & 0xFF);
    outb(PIT_CHANNEL0, (divisor >> 8) & 0xFF);
}

void pit_tick(void)
{
    ticks++;
}

u32 pit_ticks(void)
{
    return ticks;
}
