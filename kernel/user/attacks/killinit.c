/* killinit.c: tries to kill init (pid 1) every way kill() offers: by pid
 * with SIGKILL, SIGTERM and signal 0 (the permission probe), by init's
 * process group (when it is not 1, which kill(-1) means), and kill(-1, ...)
 * (everyone). A process may signal only
 * itself and its descendants, and init never, so each call must return -1
 * and init must live on (the shell it waits for runs `hello` afterwards).
 * expect: refused */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <ringside.h>

static int bad;

static void try_kill(int pid, int sig, const char *what)
{
    int r = kill(pid, sig);
    printf("killinit: kill(%d, %d) %s: %d\n", pid, sig, what, r);
    if (r != -1)
        bad = 1;
}

static int pgid_of(int pid)
{
    struct procinfo pi;
    int slot;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++) {
        if (procinfo(slot, &pi) == 1 && pi.pid == pid)
            return pi.pgid;
    }
    return -1;
}

int main(int argc, char **argv)
{
    int group = pgid_of(1);
    try_kill(1, SIGKILL, "init");
    try_kill(1, SIGTERM, "init");
    try_kill(1, 0, "init, permission probe");
    try_kill(-1, SIGKILL, "everyone");
    /* Only a group that is not our own: kill(-our group) is allowed and would kill us. */
    if (group > 1 && group != getpgrp())
        try_kill(-group, SIGKILL, "init's group");
    if (bad) {
        printf("killinit: a kill was accepted!\n");
        return 1;
    }
    printf("killinit: refused every time, init lives\n");
    return 0;
}
