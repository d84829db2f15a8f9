/* unistd.c: the POSIX calls that are library functions over the syscalls. */
#include <unistd.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <ringside.h>

unsigned sleep(unsigned seconds)
{
    sleep_ticks((int)(seconds * 100));
    return 0;
}

int wait(int *status)
{
    return waitpid(-1, status, 0);
}

void _exit(int status)
{
    exit(status);
}
