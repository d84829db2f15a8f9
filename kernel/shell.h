/* shell.h: the kernel's command shell. */
#ifndef KERNEL_SHELL_H
#define KERNEL_SHELL_H

int shell_execute(const char *line);          /* one command; returns its status */
void shell_batch(const char *commands);       /* "cmd; cmd": run all, then exit with the last status */
void shell_interactive(void);                 /* prompt loop; never returns */

#endif
