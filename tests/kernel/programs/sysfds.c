/* sysfds.c: file descriptors and pipes: close, dup, dup2, pipe, reads and
 * writes through pipes across fork, end of file, SIGPIPE, and the error
 * returns for bad, closed and out-of-range descriptors. A program started
 * by sh has exactly fds 0, 1 and 2 open (the shell closes every pipe end). */
#include "check.h"

#define BIG 20000

static int pipe_fds[2];

/* Writes BIG bytes (i % 251) in uneven chunks, more than a pipe holds. */
static int big_writer(int unused)
{
    char chunk[777];
    int sent = 0;
    int n;
    int i;
    close(pipe_fds[0]);
    while (sent < BIG) {
        n = BIG - sent < (int)sizeof(chunk) ? BIG - sent : (int)sizeof(chunk);
        for (i = 0; i < n; i++)
            chunk[i] = (char)((sent + i) % 251);
        if (write(pipe_fds[1], chunk, n) != n)
            return 1;
        sent += n;
    }
    return 0;
}

static int late_writer(int ticks_to_wait)
{
    close(pipe_fds[0]);
    sleep_ticks(ticks_to_wait);
    return write(pipe_fds[1], "late", 4) == 4 ? 0 : 1;
}

/* A pipe with no reader: the write raises SIGPIPE, fatal by default. */
static int write_to_closed_pipe(int unused)
{
    int p[2];
    pipe(p);
    close(p[0]);
    write(p[1], "x", 1);
    return 0;
}

int main(int argc, char **argv)
{
    char buf[64];
    int fds[2];
    int total;
    int sum;
    int want;
    int n;
    int i;
    int count;
    int wstatus;
    int pid;

    check("close(9) (never open)", close(9), -1);
    check("close(-1)", close(-1), -1);
    check("dup(9)", dup(9), -1);
    check("dup(1) (the lowest free fd)", dup(1), 3);
    check("write(3, ...) reaches the console", write(3, "via fd 3\n", 9), 9);
    check("close(3)", close(3), 0);
    check("close(3) again", close(3), -1);
    check("write(3, ...) after close", write(3, "x", 1), -1);
    check("dup2(1, 5)", dup2(1, 5), 5);
    check("write(5, ...) reaches the console", write(5, "via fd 5\n", 9), 9);
    check("dup2(5, 5)", dup2(5, 5), 5);
    check("dup2(9, 6) (closed source)", dup2(9, 6), -1);
    check("dup2(1, -1)", dup2(1, -1), -1);
    check("dup2(1, 1000) (out of range)", dup2(1, 1000), -1);
    check("close(5)", close(5), 0);
    count = 0;
    while (dup(1) >= 0 && count < 1000)
        count++;
    check("dup(1) until refused: more than 8 fds", count > 8 && count < 1000, 1);
    for (i = 3; i < 3 + count; i++)
        close(i);
    check("after closing them, dup(1)", dup(1), 3);
    close(3);

    check("pipe(fds)", pipe(fds), 0);
    check("fds[0]", fds[0], 3);
    check("fds[1]", fds[1], 4);
    check("write to the read end", write(fds[0], "x", 1), -1);
    check("read from the write end", read(fds[1], buf, 1), -1);
    check("write(fds[1], \"hello\", 5)", write(fds[1], "hello", 5), 5);
    check("read(fds[0], buf, 64) takes what is there", read(fds[0], buf, 64), 5);
    check("the bytes", memcmp(buf, "hello", 5), 0);
    check("dup(fds[1]) keeps the pipe open", dup(fds[1]), 5);
    close(fds[1]);
    check("write through the duplicate", write(5, "ab", 2), 2);
    close(5);
    check("read what the duplicate wrote", read(fds[0], buf, 64), 2);
    check("read after every write end closed: end of file", read(fds[0], buf, 64), 0);
    check("read of an empty pipe at end of file, again", read(fds[0], buf, 64), 0);
    close(fds[0]);

    /* More than a pipe buffer, through fork: the writer blocks until read. */
    pipe(pipe_fds);
    pid = fork();
    if (pid == 0)
        exit(big_writer(0));
    close(pipe_fds[1]);
    total = 0;
    sum = 0;
    want = 0;
    while ((n = read(pipe_fds[0], buf, (int)sizeof(buf))) > 0) {
        for (i = 0; i < n; i++) {
            sum += (unsigned char)buf[i] * ((total + i) % 7 + 1);
            want += ((total + i) % 251) * ((total + i) % 7 + 1);
        }
        total += n;
    }
    close(pipe_fds[0]);
    check("bytes from the child through the pipe", total, BIG);
    check("in order and intact", sum == want, 1);
    waitpid(pid, &wstatus, 0);
    check_status("the writer", wstatus, 1, 0);

    /* A read blocks until the writer writes (the child sleeps first). */
    pipe(pipe_fds);
    pid = fork();
    if (pid == 0)
        exit(late_writer(10));
    close(pipe_fds[1]);
    check("read waits for the late writer", read(pipe_fds[0], buf, 64), 4);
    check("then end of file", read(pipe_fds[0], buf, 64), 0);
    close(pipe_fds[0]);
    waitpid(pid, &wstatus, 0);
    check_status("the late writer", wstatus, 1, 0);

    check_status("write to a pipe nobody reads", in_child(write_to_closed_pipe, 0), 0, SIGPIPE);
    check("signal(SIGPIPE, SIG_IGN)", signal(SIGPIPE, SIG_IGN), SIG_DFL);
    pipe(fds);
    close(fds[0]);
    check("write with no reader, SIGPIPE ignored", write(fds[1], "x", 1), -1);
    close(fds[1]);
    signal(SIGPIPE, SIG_DFL);

    /* getchar reads fd 0 and printf, puts, putchar write fd 1, whatever
     * those are: here pipes, with the console saved in fd 9 and back. */
    check("dup2(0, 9) saves the console", dup2(0, 9), 9);
    pipe(fds);
    write(fds[1], "q\n", 2);
    close(fds[1]);
    dup2(fds[0], 0);
    close(fds[0]);
    n = getchar();
    i = getchar();
    count = getchar();
    dup2(9, 0);
    check("getchar() from a pipe on fd 0", n, 'q');
    check("getchar() again", i, '\n');
    check("getchar() at end of file", count, EOF);
    pipe(fds);
    dup2(fds[1], 1);
    close(fds[1]);
    n = printf("%d-%s|", 42, "ok");
    puts("p");
    putchar('c');
    dup2(9, 1);
    close(9);
    check("printf into a pipe on fd 1 returned", n, 6);
    n = read(fds[0], buf, 63);
    close(fds[0]);
    buf[n < 0 ? 0 : n] = 0;
    printf("the pipe got \"%s\"\n", buf);

    check("still only fds 0-2 open: pipe(fds)", pipe(fds), 0);
    check("fds[0]", fds[0], 3);
    close(fds[0]);
    close(fds[1]);
    return failures;
}
