/* forks8.c: fork 8 children that share one pipe.
 * Child K writes "child K pid P\n" (one write, so lines never interleave)
 * and exits with status K. The parent closes its write end, reads until end
 * of file (which needs every child's copy of the write end closed too),
 * prints the lines ordered by K (the scheduler decides who writes first),
 * checks each P against what fork() returned, then reaps the children in
 * pid order and prints their statuses.
 * Expected: 8 "child K pid P" lines with K = 0..7, "8 lines, every pid
 * matches fork()", then "pid P: exit status K" for each child; status 0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define CHILDREN 8
#define LINE_MAX 64

/* Appends n in decimal (no sprintf here: printf is formatted by the kernel
 * straight onto fd 1, and this line goes into a pipe). */
static void append_number(char *s, int n)
{
    char digits[12];
    int i = 0;
    if (n < 0) {
        strcat(s, "-");
        n = -n;
    }
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    s += strlen(s);
    while (i > 0)
        *s++ = digits[--i];
    *s = 0;
}

static void child(int k, int fd)
{
    char line[LINE_MAX];
    strcpy(line, "child ");
    append_number(line, k);
    strcat(line, " pid ");
    append_number(line, getpid());
    strcat(line, "\n");
    if (write(fd, line, (int)strlen(line)) != (int)strlen(line))
        exit(100 + k);
    exit(k);
}

int main(int argc, char **argv)
{
    static char text[CHILDREN * LINE_MAX + 1];
    char *lines[CHILDREN];
    int pids[CHILDREN];
    int order[CHILDREN];
    int fds[2];
    int len = 0;
    int n;
    int count = 0;
    int k;
    int j;
    int t;
    int pid;
    int wstatus;
    int bad = 0;
    char *p;

    if (pipe(fds) < 0) {
        printf("forks8: pipe failed\n");
        return 1;
    }
    for (k = 0; k < CHILDREN; k++) {
        pid = fork();
        if (pid < 0) {
            printf("forks8: fork %d failed\n", k);
            return 1;
        }
        if (pid == 0) {
            close(fds[0]);
            child(k, fds[1]);
        }
        pids[k] = pid;
    }
    close(fds[1]);
    while ((n = read(fds[0], text + len, (int)sizeof(text) - 1 - len)) > 0)
        len += n;
    close(fds[0]);
    text[len] = 0;

    /* Split into lines and put line K at lines[K]. */
    for (k = 0; k < CHILDREN; k++)
        lines[k] = 0;
    for (p = text; *p; ) {
        char *end = strchr(p, '\n');
        if (end == 0)
            break;
        *end = 0;
        if (strncmp(p, "child ", 6) == 0) {
            k = atoi(p + 6);
            if (k >= 0 && k < CHILDREN && lines[k] == 0) {
                lines[k] = p;
                count++;
            }
        }
        p = end + 1;
    }
    for (k = 0; k < CHILDREN; k++) {
        if (lines[k] == 0) {
            printf("no line from child %d\n", k);
            bad = 1;
            continue;
        }
        printf("%s\n", lines[k]);
        p = strstr(lines[k], " pid ");
        if (p == 0 || atoi(p + 5) != pids[k])
            bad = 1;
    }
    if (bad)
        printf("%d lines, some pids do not match fork()\n", count);
    else
        printf("%d lines, every pid matches fork()\n", count);

    /* Reap in pid order. */
    for (k = 0; k < CHILDREN; k++)
        order[k] = k;
    for (k = 1; k < CHILDREN; k++)
        for (j = k; j > 0 && pids[order[j]] < pids[order[j - 1]]; j--) {
            t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (k = 0; k < CHILDREN; k++) {
        pid = pids[order[k]];
        if (waitpid(pid, &wstatus, 0) != pid) {
            printf("pid %d: waitpid failed\n", pid);
            bad = 1;
        } else if (WIFEXITED(wstatus)) {
            printf("pid %d: exit status %d\n", pid, WEXITSTATUS(wstatus));
        } else {
            printf("pid %d: killed by signal %d\n", pid, WTERMSIG(wstatus));
        }
    }
    if (wait(&wstatus) != -1) {
        printf("forks8: a ninth child?\n");
        bad = 1;
    }
    return bad;
}
