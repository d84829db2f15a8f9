/* trace.h: one line per event on the debug console (port 0xE9), for tools:
 *   RS <event> key=value key=value ...
 * Numbers in hex carry 0x; addresses are always 8 hex digits; values with
 * spaces are double-quoted. See docs/KERNEL.md for every event and key. */
#ifndef KERNEL_TRACE_H
#define KERNEL_TRACE_H

#include "types.h"

void trace_begin(const char *event);
void trace_dec(const char *key, s32 value);
void trace_udec(const char *key, u32 value);
void trace_hex(const char *key, u32 value);     /* minimal digits: 0x7 */
void trace_addr(const char *key, u32 value);    /* 8 digits: 0x00100000 */
void trace_str(const char *key, const char *value);
void trace_end(void);

#endif
