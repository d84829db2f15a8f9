/* pit.h: the 8254 timer, channel 0 at 100 Hz. */
#ifndef KERNEL_PIT_H
#define KERNEL_PIT_H

#include "types.h"

#define TICKS_PER_SECOND 100

void pit_init(void);
void pit_tick(void);
u32 pit_ticks(void);

#endif
