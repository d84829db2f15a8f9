/* line_edit.h: the shell's line editor (echo, backspace, history). */
#ifndef KERNEL_LINE_EDIT_H
#define KERNEL_LINE_EDIT_H

#include "types.h"

#define HISTORY_LINES 16

/* Reads one line from the console into line (size bytes with the NUL).
 * Backspace (0x08 or 0x7F) erases; ESC [ A / ESC [ B (up / down arrow;
 * also ESC O A / ESC O B) step through the last HISTORY_LINES non-empty lines. */
void line_read(char *line, u32 size);

#endif
