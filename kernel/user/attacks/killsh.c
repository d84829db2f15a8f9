/* killsh.c: tries to kill its parent, the shell: kill(getppid(), ...) with
 * SIGKILL, SIGTERM, SIGINT and signal 0, kill() of the shell's process
 * group, and setpgid() to move the shell into the attacker's group. The
 * shell is not a descendant (nor a child) of the caller, so every call must
 * return -1; the harness's `run hello` proves the shell still works.
 * expect: refused */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <ringside.h>

static int bad;

static void check(int r, const char *what)
{
    printf("killsh: %s: %d\n", what, r);
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
    int sh = getppid();
    int group = pgid_of(sh);
    printf("killsh: the shell is pid %d, group %d\n", sh, group);
    check(kill(sh, SIGKILL), "kill(shell, SIGKILL)");
    check(kill(sh, SIGTERM), "kill(shell, SIGTERM)");
    check(kill(sh, SIGINT), "kill(shell, SIGINT)");
    check(kill(sh, 0), "kill(shell, 0)");
    if (group > 0 && group != getpgrp())
        check(kill(-group, SIGKILL), "kill(-shell's group, SIGKILL)");
    check(setpgid(sh, getpgrp()), "setpgid(shell, my group)");
    if (bad) {
        printf("killsh: the kernel let me act on my parent!\n");
        return 1;
    }
    printf("killsh: refused every time\n");
    return 0;
}
