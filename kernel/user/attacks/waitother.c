/* waitother.c: waitpid() on processes that are not the caller's children:
 * init, its parent shell, a grandchild (the child's own child), and
 * waitpid(-1) / waitpid(0) before it has any child. Each must return -1 at
 * once, blocking or not (it may not reap, or wait forever for, someone
 * else's child); then it waits for its real child, which must work.
 * expect: refused */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

static int bad;

static void check(int r, const char *what)
{
    printf("waitother: %s: %d\n", what, r);
    if (r != -1)
        bad = 1;
}

int main(int argc, char **argv)
{
    int status = 0;
    int link[2];
    int hold[2];
    int child;
    int grandchild = 0;
    char c;
    check(waitpid(1, &status, WNOHANG), "waitpid(init, WNOHANG)");
    check(waitpid(1, &status, 0), "waitpid(init)");
    check(waitpid(getppid(), &status, 0), "waitpid(shell)");
    check(waitpid(-1, &status, 0), "waitpid(-1) with no children");
    check(waitpid(0, &status, 0), "waitpid(0) with no children");
    if (pipe(link) < 0 || pipe(hold) < 0)
        return 2;
    child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        /* The child: start a grandchild that waits for end of file on hold,
         * tell the parent its pid, then reap it. */
        int g = fork();
        if (g == 0) {
            close(hold[1]);
            while (read(hold[0], &c, 1) > 0)
                ;
            _exit(7);
        }
        close(hold[0]);
        close(hold[1]);
        write(link[1], (char *)&g, 4);
        _exit(waitpid(g, &status, 0) == g && WIFEXITED(status) && WEXITSTATUS(status) == 7 ? 0 : 1);
    }
    close(link[1]);
    close(hold[0]);
    if (read(link[0], (char *)&grandchild, 4) != 4 || grandchild <= 0)
        return 2;
    check(waitpid(grandchild, &status, WNOHANG), "waitpid(grandchild, WNOHANG)");
    check(waitpid(grandchild, &status, 0), "waitpid(grandchild)");
    close(hold[1]);
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printf("waitother: my own child did not end as it should\n");
        return 2;
    }
    printf("waitother: waitpid(my child) works\n");
    if (bad) {
        printf("waitother: waited for someone else's process!\n");
        return 1;
    }
    printf("waitother: refused every time\n");
    return 0;
}
