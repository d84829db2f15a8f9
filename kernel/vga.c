/* vga.c: mirrors console output into the VGA text buffer, so a PC with a
 * screen (QEMU with a display) shows what COM1 carries. COM1 stays the real
 * console: input comes only from there. ANSI escape sequences are swallowed,
 * except the two that `clear` sends (ESC[2J, ESC[H). */
#include "vga.h"
#include "x86.h"
#include "types.h"

#define VGA_TEXT 0xB8000
#define COLUMNS 80
#define ROWS 25
#define ATTRIBUTE 0x0700            /* light grey on black */
#define CRTC_INDEX 0x3D4
#define CRTC_DATA 0x3D5

static int row;
static int column;
static int in_escape;               /* inside ESC [ ... up to the final letter */

static u16 *cell(int r, int c)
{
    return (u16 *)VGA_TEXT + r * COLUMNS + c;
}

static void clear_screen(void)
{
    int i;
    for (i = 0; i < ROWS * COLUMNS; i++)
        *cell(0, i) = (u16)(ATTRIBUTE | ' ');
    row = 0;
    column = 0;
}

static void move_cursor(void)
{
    u32 position = (u32)(row * COLUMNS + column);
    outb(CRTC_INDEX, 0x0F);
    outb(CRTC_DATA, position & 0xFF);
    outb(CRTC_INDEX, 0x0E);
    outb(CRTC_DATA, (position >> 8) & 0xFF);
}

static void scroll_if_needed(void)
{
    int i;
    if (row < ROWS)
        return;
    for (i = 0; i < (ROWS - 1) * COLUMNS; i++)
        *cell(0, i) = *cell(0, i + COLUMNS);
    for (i = 0; i < COLUMNS; i++)
        *cell(ROWS - 1, i) = (u16)(ATTRIBUTE | ' ');
    row = ROWS - 1;
}

void vga_init(void)
{
    clear_screen();
    move_cursor();
}

static void end_escape(int c)
{
    in_escape = 0;
    if (c == 'J')
        clear_screen();
    else if (c == 'H') {
        row = 0;
        column = 0;
    }
}

void vga_putc(int c)
{
    c = c & 0xFF;
    if (in_escape) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            end_escape(c);
        return;
    }
    if (c == 0x1B) {
        in_escape = 1;
        return;
    }
    if (c == '\n') {
        column = 0;
        row++;
    } else if (c == '\r') {
        column = 0;
    } else if (c == '\b') {
        if (column > 0)
            column--;
    } else if (c == '\t') {
        column = (column + 8) & ~7;
    } else if (c >= 0x20) {
        *cell(row, column) = (u16)(ATTRIBUTE | c);
        column++;
    }
    if (column >= COLUMNS) {
        column = 0;
        row++;
    }
    scroll_if_needed();
    move_cursor();
}
