/* check.h: what the syscall test programs share. Each check prints one line,
 * "WHAT: VALUE", and on a mismatch adds "(expected WANT)" and counts a
 * failure; main returns the count, so a mismatch shows in the output and in
 * the status. The tests compare the whole output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <ringside.h>

static int failures;

static void check(const char *what, int got, int want)
{
    if (got == want) {
        printf("%s: %d\n", what, got);
    } else {
        printf("%s: %d (expected %d)\n", what, got, want);
        failures++;
    }
}

/* A wait status as text: "exit N" or "signal N". */
static void check_status(const char *what, int wstatus, int exited, int value)
{
    int ok;
    if (WIFEXITED(wstatus)) {
        printf("%s: exit %d", what, WEXITSTATUS(wstatus));
        ok = exited && WEXITSTATUS(wstatus) == value && !WIFSIGNALED(wstatus);
    } else {
        printf("%s: signal %d", what, WTERMSIG(wstatus));
        ok = !exited && WTERMSIG(wstatus) == value && WIFSIGNALED(wstatus);
    }
    if (ok) {
        printf("\n");
    } else {
        printf(" (expected %s %d)\n", exited ? "exit" : "signal", value);
        failures++;
    }
}

/* Forks a child that runs f(arg) and exits with its result; waits for it
 * and returns the wait status (-1 if fork or waitpid fails). */
static int in_child(int (*f)(int), int arg)
{
    int pid = fork();
    int wstatus;
    if (pid < 0)
        return -1;
    if (pid == 0)
        exit(f(arg));
    if (waitpid(pid, &wstatus, 0) != pid)
        return -1;
    return wstatus;
}
