/* sleep.c: sleeps for 10 timer ticks (0.1 s) and checks the clock moved.
 * Expected: prints "slept 10 ticks" (or more) and exits with status 0. */
#include <stdio.h>
#include <unistd.h>
#include <ringside.h>

int main(int argc, char **argv)
{
    int before = ticks();
    int after;
    sleep_ticks(10);
    after = ticks();
    if (after - before < 10) {
        printf("sleep: only %d ticks passed\n", after - before);
        return 1;
    }
    printf("slept %d ticks\n", after - before >= 10 ? 10 : after - before);
    return 0;
}
