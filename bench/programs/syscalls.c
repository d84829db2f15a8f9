/* syscalls.c: the syscall-heavy workload of `ringside bench`.
 * Usage: syscalls CALLS
 * Makes CALLS system calls, alternating getpid() and ticks(). The checksum
 * folds in every getpid() result (the pid is fixed, so the reference in
 * tests/bench/reference.ts can recompute it); ticks() depends on timing, so it
 * is only checked never to go backwards. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <ringside.h>

int main(int argc, char **argv)
{
    int calls;
    int i;
    int t;
    int last = 0;
    int backwards = 0;
    unsigned int sum = 0;
    if (argc != 2) {
        printf("usage: syscalls CALLS\n");
        return 2;
    }
    calls = atoi(argv[1]);
    if (calls < 1) {
        printf("syscalls: CALLS must be at least 1\n");
        return 2;
    }
    for (i = 0; i < calls; i++) {
        if (i & 1) {
            t = ticks();
            if (t < last)
                backwards++;
            last = t;
        } else {
            sum = sum * 31u + (unsigned int)getpid() + (unsigned int)i;
        }
    }
    printf("calls=%d checksum=%x backwards=%d\n", calls, sum, backwards);
    return backwards == 0 ? 0 : 1;
}
