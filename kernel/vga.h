/* vga.h: a mirror of the console in the VGA text screen (80x25 at 0xB8000). */
#ifndef KERNEL_VGA_H
#define KERNEL_VGA_H

void vga_init(void);
void vga_putc(int c);

#endif
