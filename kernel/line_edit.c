/* line_edit.c: reads a shell line from COM1 with echo, backspace and an
 * up/down-arrow history. Redrawing uses only backspaces and plain bytes,
 * so the VGA mirror (which swallows ANSI escapes) shows the same line. */
#include "line_edit.h"
#include "console.h"
#include "kstring.h"

#define EDIT_MAX 256
#define KEY_ESC 0x1B

static char history[HISTORY_LINES][EDIT_MAX];
static int history_count;      /* lines stored, at most HISTORY_LINES */
static int history_next;       /* the slot the next line goes into */

static void history_add(const char *line)
{
    int last = (history_next + HISTORY_LINES - 1) % HISTORY_LINES;
    if (line[0] == 0)
        return;
    if (history_count > 0 && kstrcmp(history[last], line) == 0)
        return;                 /* the same command twice is one entry */
    kstrlcpy(history[history_next], line, EDIT_MAX);
    history_next = (history_next + 1) % HISTORY_LINES;
    if (history_count < HISTORY_LINES)
        history_count++;
}

/* back = 1 is the newest line, back = history_count the oldest. */
static const char *history_at(int back)
{
    return history[(history_next + HISTORY_LINES - back) % HISTORY_LINES];
}

static void erase(u32 n)
{
    while (n > 0) {
        console_puts("\b \b");
        n--;
    }
}

/* Replaces the n characters on screen with text; returns its length. */
static u32 redraw(char *line, u32 size, u32 n, const char *text)
{
    erase(n);
    kstrlcpy(line, text, size);
    n = kstrlen(line);
    console_write(line, (int)n);
    return n;
}

void line_read(char *line, u32 size)
{
    u32 n = 0;
    int back = 0;               /* 0: the line being typed; k: k-th newest history line */
    int c;
    line[0] = 0;
    for (;;) {
        c = console_getc();
        if (c == '\r' || c == '\n') {
            console_putc('\n');
            line[n] = 0;
            history_add(line);
            return;
        }
        if (c == 0x7F || c == 0x08) {
            if (n > 0) {
                n--;
                console_puts("\b \b");
            }
            continue;
        }
        if (c == KEY_ESC) {
            /* CSI: ESC [ then parameter bytes, ended by a byte 0x40-0x7E;
             * SS3: ESC O A (terminals in application cursor-key mode). */
            c = console_getc();
            if (c == 'O') {
                c = console_getc();
            } else if (c == '[') {
                do {
                    c = console_getc();
                } while (c >= 0x20 && c < 0x40);
            } else {
                continue;
            }
            if (c == 'A' && back < history_count) {
                back++;
                n = redraw(line, size, n, history_at(back));
            } else if (c == 'B' && back > 0) {
                back--;
                n = redraw(line, size, n, back == 0 ? "" : history_at(back));
            }
            continue;
        }
        if (c < 0x20 || c > 0x7E)
            continue;
        if (n + 1 < size) {
            line[n++] = (char)c;
            console_putc(c);
        }
    }
}
