/* spin.c: loops forever with interrupts on (it cannot turn them off).
 * Expected: runs until the kernel's time limit (kernel option limit=N) kills
 * it with "[program killed: time limit]", status 137, or until Ctrl-C
 * ("[program killed: interrupted]", status 130). */
int main(int argc, char **argv)
{
    volatile int n = 0;
    for (;;)
        n++;
    return 0;
}
