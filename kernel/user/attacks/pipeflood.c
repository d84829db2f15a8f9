/* pipeflood.c: a pipe writer that never stops. The program forks a reader
 * child and then writes into the pipe forever, 2 bytes per write() against
 * the reader's 512, so that it, not the reader, burns the CPU (the reader
 * has a time limit too). The reader must not be starved: it reports once it
 * has read a full pipe's worth while the writer still writes. The writer
 * must still be stopped by the per-program time limit, although it blocks
 * whenever the 512-byte pipe is full; the reader then sees end of file and
 * exits (the harness's free-page check would catch it left behind).
 * expect: killed time limit 137 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    static char buf[512];
    int fds[2];
    int pid;
    int n;
    int total = 0;
    int told = 0;
    if (pipe(fds) < 0)
        return 2;
    pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        close(fds[1]);
        while ((n = read(fds[0], buf, (int)sizeof(buf))) > 0) {
            total += n;
            if (!told && total >= (int)sizeof(buf)) {
                printf("pipeflood reader: %d bytes in while the writer writes: not starved\n", total);
                told = 1;
            }
        }
        printf("pipeflood reader: end of file after %d bytes\n", total);
        _exit(0);
    }
    close(fds[0]);
    for (;;)
        write(fds[1], "xx", 2);
    return 1;
}
