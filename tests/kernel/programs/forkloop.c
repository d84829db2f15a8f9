/* forkloop.c: `forkloop N` runs N fork/exit cycles of four kinds in turn,
 * each with a fresh pipe the child writes one byte into: the child execs
 * ret42 (status 42), exits 7 at once, execs kwrite (killed by SIGSEGV), or
 * grows its heap by 3 pages, touches them and exits 0. It checks every
 * status and byte, and that the process table has as many used slots at
 * the end as at the start; prints one summary line; status 0 if all held.
 * `forkloop N K` runs only the cycles of kind K (0-3) among the N. */
#include "check.h"

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

static void child(int kind, int fd)
{
    char *av[2];
    char *heap;
    write(fd, "x", 1);
    close(fd);
    if (kind == 0 || kind == 2) {
        av[0] = kind == 0 ? "ret42" : "kwrite";
        av[1] = 0;
        execv(av[0], av);
        exit(99);
    }
    if (kind == 1)
        exit(7);
    heap = sbrk(3 * 4096);
    heap[0] = 1;
    heap[3 * 4096 - 1] = 1;
    exit(0);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    int only = argc > 2 ? atoi(argv[2]) : -1;   /* one kind of cycle only */
    int before = used_slots();
    int i;
    int pid;
    int fds[2];
    int wstatus;
    int wrong = 0;
    int bytes = 0;
    char c;
    for (i = 0; i < n; i++) {
        if (only >= 0 && i % 4 != only)
            continue;
        if (pipe(fds) < 0) {
            printf("cycle %d: pipe failed\n", i);
            return 1;
        }
        pid = fork();
        if (pid < 0) {
            printf("cycle %d: fork failed\n", i);
            return 1;
        }
        if (pid == 0) {
            close(fds[0]);
            child(i % 4, fds[1]);
        }
        close(fds[1]);
        while (read(fds[0], &c, 1) == 1)
            bytes++;
        close(fds[0]);
        if (waitpid(pid, &wstatus, 0) != pid)
            wrong++;
        else if (i % 4 == 0 && wstatus != 42 << 8)
            wrong++;
        else if (i % 4 == 1 && wstatus != 7 << 8)
            wrong++;
        else if (i % 4 == 2 && wstatus != SIGSEGV)
            wrong++;
        else if (i % 4 == 3 && wstatus != 0)
            wrong++;
    }
    printf("forkloop: %d cycles, %d wrong statuses, %d bytes through pipes, slots used %s\n",
           n, wrong, bytes, used_slots() == before ? "as before" : "CHANGED");
    return wrong != 0 || bytes != (only >= 0 ? n / 4 : n) || used_slots() != before;
}
