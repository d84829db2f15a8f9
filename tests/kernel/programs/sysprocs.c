/* sysprocs.c: fork, execv, waitpid, getpid, getppid: return values, what a
 * child inherits and what it does not, the error returns (waitpid on a
 * non-child, execv of a missing program, too many arguments), orphans
 * going to init, and fork refusing when the 64-slot table is full.
 * `sysprocs orphan FD` is the role of the orphaned grandchild. */
#include "check.h"

static int counter = 1;
static int report[2];

static int change_copy(int value)
{
    counter = value;
    return counter;
}

static int report_ids(int unused)
{
    int ids[2];
    ids[0] = getpid();
    ids[1] = getppid();
    write(report[1], (char *)ids, 8);
    return 0;
}

static int exec_with(int which)
{
    char *av[20];
    int i;
    av[0] = "args";
    av[1] = 0;
    if (which == 1) {               /* explicit arguments */
        av[1] = "x";
        av[2] = "y z";
        av[3] = 0;
    } else if (which == 2) {        /* too many: 17 after argv[0] */
        for (i = 1; i <= 17; i++)
            av[i] = "a";
        av[18] = 0;
        if (execv("args", av) == -1) {
            av[17] = 0;             /* 16 are fine */
            execv("args", av);
        }
        return 99;
    } else if (which == 3) {        /* a name the kernel cannot read */
        execv((char *)0x00100000, av);
        return 99;
    }
    execv("args", av);
    return 99;
}

static int exec_ret42(int unused)
{
    char *av[2];
    av[0] = "ret42";
    av[1] = 0;
    execv("ret42", av);
    return 99;
}

/* The middle process: starts the grandchild and exits at once. */
static int start_orphan(int unused)
{
    char fd[2];
    char *av[4];
    fd[0] = (char)('0' + report[1]);
    fd[1] = 0;
    av[0] = "sysprocs";
    av[1] = "orphan";
    av[2] = fd;
    av[3] = 0;
    if (fork() == 0) {
        execv("sysprocs", av);
        exit(99);
    }
    return 0;
}

/* The grandchild: waits to be re-parented, then reports its parent. */
static int orphan(int fd)
{
    int tries;
    int ppid = 0;
    for (tries = 0; tries < 200; tries++) {
        ppid = getppid();
        if (ppid == 1)
            break;
        sleep_ticks(1);
    }
    write(fd, (char *)&ppid, 4);
    return 0;
}

/* Blocks on the pipe until its write end is closed everywhere. */
static int block_on_pipe(int unused)
{
    char c;
    close(report[1]);
    read(report[0], &c, 1);
    return 0;
}

static int used_slots(void)
{
    struct procinfo p;
    int slot;
    int used = 0;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++)
        if (procinfo(slot, &p) == 1)
            used++;
    return used;
}

static int zombies_of(int ppid)
{
    struct procinfo p;
    int slot;
    int n = 0;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++)
        if (procinfo(slot, &p) == 1 && p.state == PROC_ZOMBIE && p.ppid == ppid)
            n++;
    return n;
}

int main(int argc, char **argv)
{
    int ids[2];
    int pid;
    int wstatus;
    int parent;
    int n;
    int free_slots;
    int pids[PROCINFO_SLOTS + 8];
    char *av[3];

    if (argc == 3 && strcmp(argv[1], "orphan") == 0)
        return orphan(atoi(argv[2]));

    parent = getpid();
    pipe(report);
    pid = fork();
    if (pid == 0)
        exit(report_ids(0));
    check("fork() returns a new pid", pid > 0 && pid != parent, 1);
    read(report[0], (char *)ids, 8);
    check("the child's getpid() is what fork() returned", ids[0] == pid, 1);
    check("the child's getppid() is the parent's getpid()", ids[1] == parent, 1);
    check("waitpid(child) returns its pid", waitpid(pid, &wstatus, 0) == pid, 1);
    check_status("the child", wstatus, 1, 0);
    check("waitpid(child) again, already reaped", waitpid(pid, &wstatus, 0), -1);
    check("waitpid(1, ...) (init is not my child)", waitpid(1, &wstatus, 0), -1);
    check("waitpid(-1, ...) with no children", waitpid(-1, &wstatus, 0), -1);
    check("waitpid(-1, ..., WNOHANG) with no children", waitpid(-1, &wstatus, WNOHANG), -1);
    check("wait(...) with no children", wait(&wstatus), -1);

    pid = fork();
    if (pid == 0) {
        sleep_ticks(20);
        exit(3);
    }
    check("waitpid(child, WNOHANG) while it sleeps", waitpid(pid, &wstatus, WNOHANG), 0);
    check("waitpid(child, 0, 0) (no status wanted)", waitpid(pid, 0, 0) == pid, 1);

    check_status("a child changes its copy of a global", in_child(change_copy, 7), 1, 7);
    check("the parent's copy", counter, 1);

    av[0] = "nosuch";
    av[1] = 0;
    check("execv(\"nosuch\", argv)", execv("nosuch", av), -1);
    check("execv(\"\", argv)", execv("", av), -1);
    printf("still running after the failed execv\n");

    check_status("execv(\"args\", {args, x, \"y z\"})", in_child(exec_with, 1), 1, 0);
    check_status("execv(\"args\", {args}) gets the default arguments", in_child(exec_with, 0), 1, 0);
    check_status("execv with 17 arguments fails, with 16 runs", in_child(exec_with, 2), 1, 0);
    check_status("execv of a kernel pointer", in_child(exec_with, 3), 0, SIGSEGV);
    check_status("execv(\"ret42\") replaces the image", in_child(exec_ret42, 0), 1, 42);

    /* The orphan reports through the pipe; reading to end of file also
     * proves that every process holding the write end has exited. */
    close(report[0]);
    close(report[1]);
    pipe(report);
    check_status("the orphan's parent", in_child(start_orphan, 0), 1, 0);
    close(report[1]);
    ids[0] = 0;
    check("bytes from the orphan", read(report[0], (char *)ids, 4), 4);
    check("the orphan's getppid() after its parent exited", ids[0], 1);
    check("end of file once the orphan exited", read(report[0], (char *)ids, 4), 0);
    close(report[0]);
    sleep_ticks(5);                 /* init runs and reaps the orphan */
    check("zombies whose parent is init", zombies_of(1), 0);

    /* Fill the process table with children blocked on a pipe. */
    pipe(report);
    free_slots = PROCINFO_SLOTS - used_slots();
    n = 0;
    while (n < PROCINFO_SLOTS + 8) {
        pid = fork();
        if (pid < 0)
            break;
        if (pid == 0)
            exit(block_on_pipe(0));
        pids[n++] = pid;
    }
    check("fork() returned -1 when the table was full", pid, -1);
    check("children forked == free slots before", n == free_slots, 1);
    close(report[1]);
    close(report[0]);
    while (n > 0 && waitpid(pids[n - 1], &wstatus, 0) == pids[n - 1] && WIFEXITED(wstatus))
        n--;
    check("every blocked child ended at end of file", n, 0);
    check("free slots afterwards == before", PROCINFO_SLOTS - used_slots() == free_slots, 1);
    check_status("fork works again", in_child(change_copy, 5), 1, 5);
    return failures;
}
