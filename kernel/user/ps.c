/* ps.c: the process table, one line per used slot (procinfo).
 * Expected: a header and aligned columns, status 0, e.g.
 *     PID  PPID STATE     TICKS NAME
 *       1     0 S             0 init
 *       2     1 S             1 sh
 *       3     2 R             0 ps
 * State as Unix ps prints it: R runnable or running, S sleeping (blocked in
 * sleep, read, write or waitpid), Z zombie (exited, not reaped yet). */
#include <stdio.h>
#include <ringside.h>

static const char *state_letter(int state)
{
    if (state == PROC_RUNNABLE)
        return "R";
    if (state == PROC_SLEEPING)
        return "S";
    if (state == PROC_ZOMBIE)
        return "Z";
    return "?";
}

int main(int argc, char **argv)
{
    struct procinfo p;
    int slot;
    int r;
    if (argc != 1) {
        printf("usage: ps\n");
        return 2;
    }
    printf("  PID  PPID STATE     TICKS NAME\n");
    for (slot = 0; slot < PROCINFO_SLOTS; slot++) {
        r = procinfo(slot, &p);
        if (r < 0)
            break;
        if (r == 0)
            continue;
        p.name[PROC_NAME_MAX - 1] = 0;
        printf("%5d %5d %-5s %9u %s\n", p.pid, p.ppid, state_letter(p.state), p.cpu_ticks, p.name);
    }
    return 0;
}
