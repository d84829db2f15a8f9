/* ringside.h: ringside-specific system calls. */
#ifndef _RINGSIDE_H
#define _RINGSIDE_H
int peek(int addr);        /* read a byte of the caller's own window */
int poke(int addr, int value);
int ticks(void);           /* timer ticks (100 per virtual second) */
int sleep_ticks(int ticks);

/* One process-table slot, as `ps` shows it. */
#define PROC_UNUSED   0
#define PROC_RUNNABLE 1    /* ready, or running now */
#define PROC_SLEEPING 2    /* blocked: sleep, read, write, waitpid */
#define PROC_ZOMBIE   3    /* exited, not yet reaped by its parent */
#define PROC_NAME_MAX 32
struct procinfo {
    int pid;
    int ppid;
    int pgid;
    int state;
    unsigned cpu_ticks;    /* CPU time used, in timer ticks */
    unsigned cr3;          /* its page directory (physical) */
    unsigned esp0;         /* its kernel stack top (TSS.esp0 while it runs) */
    char name[PROC_NAME_MAX];
};
#define PROCINFO_SLOTS 64
int procinfo(int slot, struct procinfo *out);   /* 1: filled, 0: slot unused, -1: no such slot */
int kdump(const char *what, const char *arg);   /* "ls", "mem", "gdt", "idt", "tss"; "mem" with a program name */
int limit(int ticks);                           /* returns the old limit; -1 only reads */
int halt(int status);
int bootcmd(char *buf, int len);                /* the commands after "--" on the kernel command line; 0 if none */
#endif
