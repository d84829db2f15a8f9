/* peerwrite.c: writes another process's memory by address. Like peerread,
 * it forks a child that keeps a secret and finds the child's slot; then it
 * stores over the child's copy of `secret` where the "shared" demo maps that
 * slot's window. With a page directory per process nothing is mapped there:
 * a page fault. Under "shared" the store lands; the parent then wakes the
 * child, which checks its own secret and exits 1 if it was overwritten.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <ringside.h>

#define WINDOW 0x40000000
#define ALIAS_BASE 0x40400000
#define ALIAS_STRIDE 0x400000
#define SECRET "child-secret-5e7c"

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
        printf("peerwrite: pipe failed\n");
        return 2;
    }
    pid = fork();
    if (pid < 0) {
        printf("peerwrite: fork failed\n");
        return 2;
    }
    if (pid == 0) {
        close(ready[0]);
        close(hold[1]);
        strcpy(secret, SECRET);
        write(ready[1], "r", 1);
        while (read(hold[0], &c, 1) > 0)
            ;
        if (strcmp(secret, SECRET) != 0) {
            printf("peerwrite child: my secret is now \"%s\"\n", secret);
            _exit(1);
        }
        _exit(0);
    }
    close(ready[1]);
    close(hold[0]);
    if (read(ready[0], &c, 1) != 1) {
        printf("peerwrite: the child never got ready\n");
        return 2;
    }
    slot = slot_of(pid);
    if (slot < 0) {
        printf("peerwrite: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = (char *)(ALIAS_BASE + slot * ALIAS_STRIDE + ((unsigned)secret - WINDOW));
    printf("peerwrite: overwriting child pid %d (slot %d) at 0x%x\n", pid, slot, (unsigned)theirs);
    strcpy(theirs, "owned by the parent");
    printf("peerwrite: the store went through\n");
    close(hold[1]);
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 1)
        printf("peerwrite: the child confirms its memory changed\n");
    return 1;
}
