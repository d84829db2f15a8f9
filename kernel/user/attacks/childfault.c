/* childfault.c: a child faults while its parent waits. The child writes
 * through a null pointer (a page fault: killed, SIGSEGV); the parent, blocked
 * in waitpid, must be woken with the child's status, WIFSIGNALED and
 * WTERMSIG == SIGSEGV, and go on unharmed; it exits 0 after checking so.
 * expect: survives */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
    int status = 0;
    int pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        *(volatile int *)0 = 1;
        _exit(0);
    }
    if (waitpid(pid, &status, 0) != pid) {
        printf("childfault: waitpid failed\n");
        return 2;
    }
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV) {
        printf("childfault: child %d was killed by SIGSEGV (status 0x%x); the parent lives\n", pid, status);
        return 0;
    }
    printf("childfault: child %d ended with status 0x%x: its fault went through\n", pid, status);
    return 1;
}
