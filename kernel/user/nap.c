/* nap.c: sleeps TICKS timer ticks (default 100, one second) without using
 * the CPU, then exits with status 0 (or with STATUS when given).
 * Expected: status 0 (or STATUS); `nap 50 &` then `jobs` shows it running,
 * half a virtual second later it is reported done. A blocked nap is never
 * killed by the CPU-time limit. */
#include <stdlib.h>
#include <ringside.h>

int main(int argc, char **argv)
{
    int t = 100;
    if (argc > 1)
        t = atoi(argv[1]);
    sleep_ticks(t);
    return argc > 2 ? atoi(argv[2]) : 0;
}
