/* options.h: the kernel command line, "[options] [-- shell commands]". */
#ifndef KERNEL_OPTIONS_H
#define KERNEL_OPTIONS_H

#include "types.h"

#define COMMANDS_MAX 2048
#define OPTIONS_TEXT_MAX 128
#define DEFAULT_LIMIT_TICKS 500   /* 5 s at 100 Hz: a runaway program cannot hang the shell */

struct boot_options {
    int ring0;          /* run programs in ring 0 (demo: no privilege separation) */
    int flat;           /* kernel pages user-accessible (demo: no memory isolation) */
    int nocheck;        /* skip syscall pointer checks (demo: the confused deputy) */
    int shared;         /* one page directory for all processes (demo: no isolation between them) */
    int noecho;         /* the tty echoes nothing (input is piped, not typed: stty -echo) */
    u32 limit_ticks;    /* kill a program after this many timer ticks (0: no limit) */
    int batch;          /* "--" was given: run the commands, then end the machine */
    char commands[COMMANDS_MAX];
    char text[OPTIONS_TEXT_MAX];    /* the options part, for the boot trace line */
};

extern struct boot_options boot_options;

void options_parse(const char *cmdline);

/* "3", "0.5" -> ticks (1/100 s; two decimals count); 0 for anything else. */
int parse_seconds_as_ticks(const char *s, u32 *ticks);

#endif
