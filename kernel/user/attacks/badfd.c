/* badfd.c: file-descriptor numbers outside the table (16 per process):
 * negative, 16, huge, 0x80000000, and unopened ones, through close, dup,
 * dup2 (either side), read and write; then fills the table with dup() until
 * it refuses and closes what it got. Every bad call must return -1 without a
 * kill or a crash, and the console (fd 1) must still work afterwards.
 * expect: refused */
#include <stdio.h>
#include <unistd.h>

#define NOFILE 16

static int bad;

static void check(int r, const char *what, int fd)
{
    if (r != -1) {
        printf("badfd: %s(%d) returned %d!\n", what, fd, r);
        bad = 1;
    }
}

int main(int argc, char **argv)
{
    static int fds[] = { -1, -16, NOFILE, NOFILE + 1, 255, 4096, 0x7fffffff, (int)0x80000000, 9, 15 };
    int got[NOFILE];
    char c = 'x';
    int i;
    int n = 0;
    int fd;
    for (i = 0; i < (int)(sizeof(fds) / sizeof(fds[0])); i++) {
        fd = fds[i];
        check(close(fd), "close", fd);
        check(dup(fd), "dup", fd);
        check(dup2(fd, 3), "dup2 from", fd);
        check(read(fd, &c, 1), "read", fd);
        check(write(fd, &c, 1), "write", fd);
        if (fd < 0 || fd >= NOFILE)
            check(dup2(1, fd), "dup2 to", fd);
    }
    while ((fd = dup(1)) >= 0) {
        if (n < NOFILE)
            got[n] = fd;
        n++;
    }
    printf("badfd: dup() refused after %d copies\n", n);
    if (n > NOFILE) {
        printf("badfd: more descriptors than the table holds!\n");
        bad = 1;
        n = NOFILE;
    }
    for (i = 0; i < n; i++)
        close(got[i]);
    if (write(1, "badfd: fd 1 still works\n", 24) != 24)
        bad = 1;
    if (bad)
        return 1;
    printf("badfd: every out-of-range descriptor refused (-1)\n");
    return 0;
}
