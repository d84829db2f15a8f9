/* peerread.c: reads another process's memory by address. The program forks
 * a child that puts a secret into its own copy of `secret` (the parent's copy
 * stays empty), finds the child's process-table slot with procinfo, and loads
 * from where the "shared" demo maps that slot's window (0x40400000 + slot *
 * 0x400000). Each process has its own page directory, so nothing is mapped
 * there and the load is a page fault. The child waits on a pipe that only the
 * parent writes, so it exits (end of file) when the parent is killed.
 * Under "shared" (one page directory for all) the load returns the secret.
 * expect: killed page fault 139 */
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
    char c;
    char *theirs;
    if (pipe(ready) < 0 || pipe(hold) < 0) {
        printf("peerread: pipe failed\n");
        return 2;
    }
    pid = fork();
    if (pid < 0) {
        printf("peerread: fork failed\n");
        return 2;
    }
    if (pid == 0) {
        close(ready[0]);
        close(hold[1]);
        strcpy(secret, "child-secret-5e7c");
        write(ready[1], "r", 1);
        while (read(hold[0], &c, 1) > 0)
            ;
        _exit(0);
    }
    close(ready[1]);
    close(hold[0]);
    if (read(ready[0], &c, 1) != 1) {
        printf("peerread: the child never got ready\n");
        return 2;
    }
    slot = slot_of(pid);
    if (slot < 0) {
        printf("peerread: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = (char *)(ALIAS_BASE + slot * ALIAS_STRIDE + ((unsigned)secret - WINDOW));
    printf("peerread: my secret is \"%s\"; child pid %d (slot %d) keeps its at 0x%x\n", secret, pid, slot, (unsigned)theirs);
    c = theirs[0];
    printf("peerread: read the child's secret: \"%s\" (first byte %d)\n", theirs, c);
    close(hold[1]);
    waitpid(pid, &status, 0);
    return 1;
}
