/* console.h: the kernel console (COM1) and kprintf. */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

void console_putc(int c);
void console_write(const char *s, int n);
void console_puts(const char *s);        /* no newline added */
int console_at_line_start(void);          /* was the last byte written a newline? */
int kprintf(const char *format, ...);

#endif
