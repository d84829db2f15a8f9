/* syssignals.c: kill, signal, process groups and the console's foreground
 * group, and the POSIX wait statuses: exit codes 0, 1, 255 (and 256, which
 * is 0), and death by SIGSEGV, SIGFPE, SIGILL, SIGSYS (from the CPU and the
 * kernel) and by SIGKILL, SIGTERM, SIGINT (from kill, whether the victim
 * runs, sleeps or blocks on a pipe). */
#include "check.h"

static int pipe_fds[2];

static int exit_with(int code)
{
    exit(code);
    return 99;
}

static int write_kernel(int unused)
{
    *(volatile int *)0x00100000 = 1;
    return 99;
}

static int bad_pointer(int unused)
{
    write(1, (char *)0x00100000, 4);
    return 99;
}

static int divide(int zero)
{
    return 100 / zero;
}

static int undefined_opcode(int unused)
{
    asm("ud2");
    return 99;
}

static int bad_syscall(int unused)
{
    asm("mov eax, 99");
    asm("int 0x80");
    return 99;
}

/* A victim: 0 spins, 1 sleeps, 2 blocks reading an empty pipe. */
static void victim(int how)
{
    volatile int n = 0;
    char c;
    if (how == 0)
        for (;;)
            n++;
    if (how == 1)
        sleep_ticks(100000);
    close(pipe_fds[1]);
    read(pipe_fds[0], &c, 1);
    exit(98);
}

/* Starts a victim, lets it get going, sends sig, returns the wait status. */
static int killed_by(int sig, int how)
{
    int pid;
    int wstatus;
    pipe(pipe_fds);
    pid = fork();
    if (pid == 0)
        victim(how);
    sleep_ticks(3);
    if (kill(pid, sig) != 0)
        printf("kill(%d, %d) failed\n", pid, sig);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    if (waitpid(pid, &wstatus, 0) != pid)
        return -1;
    return wstatus;
}

/* A child that ignores SIGTERM, then execs nap: still ignored (POSIX). */
static int exec_nap_ignoring(int restore)
{
    char *av[3];
    signal(SIGTERM, SIG_IGN);
    if (restore)
        signal(SIGTERM, SIG_DFL);
    av[0] = "nap";
    av[1] = "300";
    av[2] = 0;
    execv("nap", av);
    return 99;
}

/* Sends SIGTERM to a child running f, checks it survives, then kills it. */
static void term_then_kill(const char *what, int (*f)(int), int arg)
{
    int pid = fork();
    int wstatus;
    if (pid == 0)
        exit(f(arg));
    sleep_ticks(5);
    check("  kill(child, SIGTERM)", kill(pid, SIGTERM), 0);
    sleep_ticks(5);
    check("  alive afterwards (waitpid WNOHANG)", waitpid(pid, &wstatus, WNOHANG), 0);
    kill(pid, SIGKILL);
    waitpid(pid, &wstatus, 0);
    check_status(what, wstatus, 0, SIGKILL);
}

static int sleep_long(int unused)
{
    sleep_ticks(100000);
    return 0;
}

static int report_pgrp(int unused)
{
    return getpgrp() == getppid() ? 1 : getpgrp() == getpid() ? 2 : 3;
}

static int new_group(int unused)
{
    if (setpgid(0, 0) != 0)
        return 10;
    return getpgrp() == getpid() ? 0 : 11;
}

int main(int argc, char **argv)
{
    int pid;
    int pid2;
    int wstatus;
    int wstatus2;
    int fds[2];

    check_status("exit(0)", in_child(exit_with, 0), 1, 0);
    check_status("exit(1)", in_child(exit_with, 1), 1, 1);
    check_status("exit(255)", in_child(exit_with, 255), 1, 255);
    check_status("exit(256)", in_child(exit_with, 256), 1, 0);
    check_status("a store to the kernel", in_child(write_kernel, 0), 0, SIGSEGV);
    check_status("write() of a kernel pointer", in_child(bad_pointer, 0), 0, SIGSEGV);
    check_status("division by zero", in_child(divide, 0), 0, SIGFPE);
    check_status("ud2", in_child(undefined_opcode, 0), 0, SIGILL);
    check_status("syscall number 99", in_child(bad_syscall, 0), 0, SIGSYS);
    check_status("SIGKILL to a spinning child", killed_by(SIGKILL, 0), 0, SIGKILL);
    check_status("SIGTERM to a sleeping child", killed_by(SIGTERM, 1), 0, SIGTERM);
    check_status("SIGINT to a child blocked on a pipe", killed_by(SIGINT, 2), 0, SIGINT);
    check_status("SIGPIPE sent by kill", killed_by(SIGPIPE, 1), 0, SIGPIPE);

    wstatus = in_child(exit_with, 1);
    check("WIFEXITED(exit 1)", WIFEXITED(wstatus), 1);
    check("WIFSIGNALED(exit 1)", WIFSIGNALED(wstatus), 0);
    check("the raw status of exit(1)", wstatus, 1 << 8);
    wstatus = killed_by(SIGKILL, 1);
    check("WIFEXITED(SIGKILL)", WIFEXITED(wstatus), 0);
    check("WIFSIGNALED(SIGKILL)", WIFSIGNALED(wstatus), 1);
    check("the raw status of SIGKILL", wstatus, SIGKILL);

    check("kill(99999, SIGTERM) (no such process)", kill(99999, SIGTERM), -1);
    check("kill(1, SIGTERM) (init is not mine to kill)", kill(1, SIGTERM), -1);
    check("kill(-99999, SIGTERM) (no such group)", kill(-99999, SIGTERM), -1);
    check("kill(getpid(), 99) (no such signal)", kill(getpid(), 99), -1);

    check("signal(SIGTERM, SIG_IGN) returns the old action", signal(SIGTERM, SIG_IGN), SIG_DFL);
    check("signal(SIGTERM, SIG_IGN) again", signal(SIGTERM, SIG_IGN), SIG_IGN);
    check("kill(getpid(), SIGTERM) while ignoring it", kill(getpid(), SIGTERM), 0);
    printf("still alive\n");
    term_then_kill("a forked child inherits the ignored SIGTERM", sleep_long, 0);
    check("signal(SIGTERM, SIG_DFL)", signal(SIGTERM, SIG_DFL), SIG_IGN);
    check("signal(SIGKILL, SIG_IGN) (cannot be ignored)", signal(SIGKILL, SIG_IGN), SIG_ERR);
    check("signal(0, SIG_IGN)", signal(0, SIG_IGN), SIG_ERR);
    check("signal(32, SIG_IGN)", signal(32, SIG_IGN), SIG_ERR);
    check("signal(SIGINT, 7) (only SIG_DFL and SIG_IGN)", signal(SIGINT, 7), SIG_ERR);
    term_then_kill("SIGTERM ignored across execv", exec_nap_ignoring, 0);
    check_status("SIGTERM restored before execv", killed_by(SIGTERM, 1), 0, SIGTERM);

    /* sh made this program the leader of its own foreground group. */
    check("getpgrp() == getpid()", getpgrp() == getpid(), 1);
    check("tcsetpgrp(0, getpgrp()) (already the foreground)", tcsetpgrp(0, getpgrp()), 0);
    check("tcsetpgrp(9, ...) (fd not open)", tcsetpgrp(9, getpgrp()), -1);
    pipe(fds);
    check("tcsetpgrp(pipe, ...) (not the console)", tcsetpgrp(fds[0], getpgrp()), -1);
    close(fds[0]);
    close(fds[1]);
    check_status("a forked child is in its parent's group", in_child(report_pgrp, 0), 1, 1);
    check_status("setpgid(0, 0) makes a child a group leader", in_child(new_group, 0), 1, 0);
    check("setpgid(99999, 0) (no such process)", setpgid(99999, 0), -1);
    check("setpgid(0, -5)", setpgid(0, -5), -1);

    /* Two sleepers in one new group, killed together through -pgid. */
    pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        sleep_ticks(100000);
        exit(0);
    }
    setpgid(pid, pid);
    pid2 = fork();
    if (pid2 == 0) {
        setpgid(0, pid);
        sleep_ticks(100000);
        exit(0);
    }
    check("setpgid(second, first)", setpgid(pid2, pid), 0);
    sleep_ticks(3);
    check("kill(-pgid, SIGTERM)", kill(-pid, SIGTERM), 0);
    waitpid(pid, &wstatus, 0);
    waitpid(pid2, &wstatus2, 0);
    check_status("the group leader", wstatus, 0, SIGTERM);
    check_status("the other member", wstatus2, 0, SIGTERM);
    return failures;
}
