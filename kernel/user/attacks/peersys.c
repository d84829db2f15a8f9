/* peersys.c: passes another process's address to a syscall: write(1, addr,
 * n) where addr is the child's secret as the "shared" demo maps it (0x40400000
 * + slot * 0x400000 + offset), to make the kernel read the other process's
 * memory on the caller's behalf. The kernel checks every pointer against the
 * caller's own page tables and window, so it kills the caller instead.
 * Under "shared" the check accepts every process's alias window and the
 * secret reaches the console.
 * expect: killed bad syscall pointer 139 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <ringside.h>

#define WINDOW 0x40000000
#define ALIAS_BASE 0x40400000
#define ALIAS_STRIDE 0x400000

static char secret[32];

static int slot_of(int pid)
{
    struct procinfo pi;
    int slot;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++) {
        if (procinfo(slot, &pi) == 1 && pi.pid == pid)
            return slot;
    }
    return -1;
}

int main(int argc, char **argv)
{
    int ready[2];
    int hold[2];
    int pid;
    int slot;
    int status;
    int n;
    char c;
    char *theirs;
    if (pipe(ready) < 0 || pipe(hold) < 0) {
        printf("peersys: pipe failed\n");
        return 2;
    }
    pid = fork();
    if (pid < 0) {
        printf("peersys: fork failed\n");
        return 2;
    }
    if (pid == 0) {
        close(ready[0]);
        close(hold[1]);
        strcpy(secret, "child-secret-5e7c\n");
        write(ready[1], "r", 1);
        while (read(hold[0], &c, 1) > 0)
            ;
        _exit(0);
    }
    close(ready[1]);
    close(hold[0]);
    if (read(ready[0], &c, 1) != 1) {
        printf("peersys: the child never got ready\n");
        return 2;
    }
    slot = slot_of(pid);
    if (slot < 0) {
        printf("peersys: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = (char *)(ALIAS_BASE + slot * ALIAS_STRIDE + ((unsigned)secret - WINDOW));
    printf("peersys: write(1, 0x%x, 18): child pid %d's secret, slot %d\n", (unsigned)theirs, pid, slot);
    n = write(1, theirs, 18);
    printf("peersys: the kernel wrote %d bytes of another process's memory\n", n);
    close(hold[1]);
    waitpid(pid, &status, 0);
    return 1;
}
