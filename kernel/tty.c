/* tty.c: canonical-mode line discipline. Typed bytes are edited in a line
 * (echo, backspace, Ctrl-U, up/down-arrow history) and handed to readers
 * only when the line ends with Enter; Ctrl-D at the start of a line is end of
 * file (read returns 0), elsewhere it hands over the partial line; Ctrl-C
 * drops the line and sends SIGINT to the foreground process group. Redrawing
 * uses only backspaces and plain bytes, so the VGA mirror (which swallows
 * ANSI escapes) shows the same line. */
#include <signal.h>
#include "tty.h"
#include "console.h"
#include "serial.h"
#include "sched.h"
#include "proc.h"
#include "kstring.h"
#include "options.h"

#define EDIT_MAX 256
#define COOKED_SIZE 2048        /* whole lines waiting for a reader */
#define EOF_MARK 0x100          /* an end-of-file in the cooked queue */
#define KEY_ESC 0x1B
#define CTRL_C 0x03
#define CTRL_D 0x04
#define CTRL_U 0x15

void proc_signal_group(int pgid, int sig);     /* proc.c */

static char edit[EDIT_MAX];
static u32 edit_len;
static u16 cooked[COOKED_SIZE];
static u32 cooked_head;         /* next to read */
static u32 cooked_tail;         /* next to write */
static int escape_state;        /* 0 plain, 1 after ESC, 2 in ESC [ ..., 3 after ESC O */
static int foreground_pgid = 1;

static char history[TTY_HISTORY][EDIT_MAX];
static int history_count;
static int history_next;
static int history_back;        /* 0: the line being typed; k: k-th newest */

void tty_set_foreground(int pgid)
{
    foreground_pgid = pgid;
}

int tty_foreground(void)
{
    return foreground_pgid;
}

static u32 cooked_used(void)
{
    return cooked_tail - cooked_head;
}

int tty_has_room(void)
{
    return cooked_used() + EDIT_MAX + 2 <= COOKED_SIZE;
}

static void cooked_put(u32 value)
{
    cooked[cooked_tail % COOKED_SIZE] = (u16)value;
    cooked_tail++;
}

static void history_add(void)
{
    int last = (history_next + TTY_HISTORY - 1) % TTY_HISTORY;
    edit[edit_len] = 0;
    if (edit_len == 0)
        return;
    if (history_count > 0 && kstrcmp(history[last], edit) == 0)
        return;                 /* the same command twice is one entry */
    kstrlcpy(history[history_next], edit, EDIT_MAX);
    history_next = (history_next + 1) % TTY_HISTORY;
    if (history_count < TTY_HISTORY)
        history_count++;
}

/* Echo of what was typed; nothing under the noecho option (piped input). */
static void echo(const char *s)
{
    if (!boot_options.noecho)
        console_puts(s);
}

static void echo_char(int c)
{
    if (!boot_options.noecho)
        console_putc(c);
}

static void erase_shown(void)
{
    while (edit_len > 0) {
        echo("\b \b");
        edit_len--;
    }
}

static void show_history(int back)
{
    const char *text = back == 0 ? "" : history[(history_next + TTY_HISTORY - back) % TTY_HISTORY];
    erase_shown();
    kstrlcpy(edit, text, EDIT_MAX);
    edit_len = kstrlen(edit);
    if (!boot_options.noecho)
        console_write(edit, (int)edit_len);
    history_back = back;
}

/* Moves the edited line to the readers (with '\n' when Enter ended it). */
static void commit_line(int newline)
{
    u32 i;
    for (i = 0; i < edit_len; i++)
        cooked_put((u8)edit[i]);
    if (newline) {
        history_add();
        cooked_put('\n');
    }
    edit_len = 0;
    history_back = 0;
    sched_wakeup(cooked);
}

static void escape_input(int c)
{
    if (escape_state == 1) {
        escape_state = c == '[' ? 2 : c == 'O' ? 3 : 0;
        return;
    }
    if (escape_state == 2 && c >= 0x20 && c < 0x40)
        return;                 /* CSI parameter bytes */
    escape_state = 0;
    if (c == 'A' && history_back < history_count)
        show_history(history_back + 1);
    else if (c == 'B' && history_back > 0)
        show_history(history_back - 1);
}

void tty_input(int c)
{
    if (escape_state != 0) {
        escape_input(c);
        return;
    }
    if (c == '\r' || c == '\n') {
        echo_char('\n');
        commit_line(1);
    } else if (c == CTRL_C) {
        echo("^C\n");
        edit_len = 0;
        history_back = 0;
        proc_signal_group(foreground_pgid, SIGINT);
    } else if (c == CTRL_D) {
        if (edit_len == 0) {
            cooked_put(EOF_MARK);
            sched_wakeup(cooked);
        } else {
            commit_line(0);
        }
    } else if (c == CTRL_U) {
        erase_shown();
    } else if (c == 0x7F || c == 0x08) {
        if (edit_len > 0) {
            edit_len--;
            echo("\b \b");
        }
    } else if (c == KEY_ESC) {
        escape_state = 1;
    } else if ((c == '\t' || (c >= 0x20 && c <= 0x7E)) && edit_len + 1 < EDIT_MAX) {
        edit[edit_len++] = (char)c;
        echo_char(c);
    }
}

int tty_read(char *buf, int n)
{
    int i = 0;
    u32 value;
    if (n <= 0)
        return 0;
    for (;;) {
        serial_irq();           /* take what waits in the UART (the buffer may have been full) */
        if (cooked_used() > 0)
            break;
        proc_check_killed();
        sched_sleep(cooked, "read");
    }
    proc_check_killed();
    value = cooked[cooked_head % COOKED_SIZE];
    if (value == EOF_MARK) {
        cooked_head++;
        return 0;
    }
    while (i < n && cooked_used() > 0) {
        value = cooked[cooked_head % COOKED_SIZE];
        if (value == EOF_MARK)
            break;              /* the end of file is the next read's */
        buf[i++] = (char)value;
        cooked_head++;
        if (value == '\n')
            break;
    }
    serial_irq();               /* room again: take bytes that waited */
    return i;
}
