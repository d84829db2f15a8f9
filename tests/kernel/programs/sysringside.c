/* sysringside.c: ringside's own syscalls: procinfo (every field, the three
 * states, the slot range, a bad pointer), limit (read and set), bootcmd
 * (the text after -- on the kernel command line; empty when interactive),
 * halt (refused below init's children) and kdump (an unknown report; the
 * kernel's own reports end the output, after the line "kdump reports:"). */
#include "check.h"

static int find_slot(int pid, struct procinfo *p)
{
    int slot;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++)
        if (procinfo(slot, p) == 1 && p->pid == pid)
            return slot;
    return -1;
}

static int state_of(int pid)
{
    struct procinfo p;
    if (find_slot(pid, &p) < 0)
        return PROC_UNUSED;
    return p.state;
}

static int procinfo_to_kernel(int unused)
{
    procinfo(0, (struct procinfo *)0x00100000);
    return 99;
}

static int bootcmd_to_kernel(int unused)
{
    bootcmd((char *)0x00100000, 256);
    return 99;
}

int main(int argc, char **argv)
{
    struct procinfo p;
    char buf[256];
    int pid;
    int n;
    int wstatus;

    check("procinfo(-1, &p)", procinfo(-1, &p), -1);
    check("procinfo(PROCINFO_SLOTS, &p)", procinfo(PROCINFO_SLOTS, &p), -1);
    check("my slot found", find_slot(getpid(), &p) >= 0, 1);
    check("  ppid == getppid()", p.ppid == getppid(), 1);
    check("  pgid == getpgrp()", p.pgid == getpgrp(), 1);
    check("  state (PROC_RUNNABLE)", p.state, PROC_RUNNABLE);
    check("  name is sysringside", strcmp(p.name, "sysringside"), 0);
    check("  cr3 is a page address", p.cr3 != 0 && (p.cr3 & 4095) == 0, 1);
    check("  esp0 is in the kernel", p.esp0 != 0 && p.esp0 < 0x40000000, 1);
    check("init's slot found", find_slot(1, &p) >= 0, 1);
    check("  init's ppid", p.ppid, 0);
    check("  init's name is init", strcmp(p.name, "init"), 0);
    check("  init waits (PROC_SLEEPING)", p.state, PROC_SLEEPING);

    pid = fork();
    if (pid == 0) {
        sleep_ticks(10);
        exit(0);
    }
    sleep_ticks(3);
    check("a sleeping child (PROC_SLEEPING)", state_of(pid), PROC_SLEEPING);
    check("  its name is still sysringside", find_slot(pid, &p) >= 0 && strcmp(p.name, "sysringside") == 0, 1);
    sleep_ticks(15);
    check("the child after exiting (PROC_ZOMBIE)", state_of(pid), PROC_ZOMBIE);
    waitpid(pid, &wstatus, 0);
    check("the child after waitpid (slot free)", state_of(pid), PROC_UNUSED);
    check_status("procinfo into the kernel", in_child(procinfo_to_kernel, 0), 0, SIGSEGV);

    check("limit(-1) (the boot default, 5 s)", limit(-1), 500);
    check("limit(0) from a program (only the shell may)", limit(0), -1);
    check("limit(-1) afterwards (unchanged)", limit(-1), 500);

    buf[0] = 0;
    n = bootcmd(buf, (int)sizeof(buf));
    check("bootcmd(buf, 256) is the length of the text", n == (int)strlen(buf), 1);
    printf("bootcmd: \"%s\"\n", buf);
    if (n > 0) {
        check("bootcmd(buf, 4) (too small)", bootcmd(buf, 4), -1);
        check_status("bootcmd into the kernel", in_child(bootcmd_to_kernel, 0), 0, SIGSEGV);
    }

    check("halt(3) from a grandchild of init", halt(3), -1);

    check("kdump(\"nosuch\", 0)", kdump("nosuch", 0), -1);
    printf("kdump reports:\n");
    check("kdump(\"mem\", \"nosuch\") (status 127)", kdump("mem", "nosuch"), 127);
    check("kdump(\"tss\", 0)", kdump("tss", 0), 0);
    check("kdump(\"mem\", \"hello\")", kdump("mem", "hello"), 0);
    return failures;
}
