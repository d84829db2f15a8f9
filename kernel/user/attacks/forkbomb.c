/* forkbomb.c: forks until the kernel refuses. Every child blocks reading a
 * pipe that only the parent can write, so they all stay alive and hold
 * their slots (and their copied pages); the process table has 64 slots, so
 * fork must return -1 (table full, or out of memory first) instead of
 * crashing or hanging. The parent reports how many it made, checks that
 * fork still fails, closes the pipe (every child sees end of file and
 * exits), reaps them all, and checks that fork works again. The harness
 * then checks that the shell runs and that every page came back.
 * limit: 3
 * expect: refused */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
    int hold[2];
    int made = 0;
    int reaped = 0;
    int pid;
    int status;
    char c;
    if (pipe(hold) < 0)
        return 2;
    for (;;) {
        pid = fork();
        if (pid < 0)
            break;
        if (pid == 0) {
            close(hold[1]);
            while (read(hold[0], &c, 1) > 0)
                ;
            _exit(0);
        }
        made++;
    }
    printf("forkbomb: fork refused (-1) after %d children\n", made);
    if (fork() != -1) {
        printf("forkbomb: a second fork went through with a full table!\n");
        return 1;
    }
    close(hold[1]);
    close(hold[0]);
    while ((pid = wait(&status)) > 0) {
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            printf("forkbomb: child %d ended with status 0x%x\n", pid, status);
        reaped++;
    }
    printf("forkbomb: reaped %d children\n", reaped);
    pid = fork();
    if (pid == 0)
        _exit(0);
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
        printf("forkbomb: fork still fails after the cleanup\n");
        return 2;
    }
    printf("forkbomb: fork works again\n");
    return made > 0 && reaped == made ? 0 : 2;
}
