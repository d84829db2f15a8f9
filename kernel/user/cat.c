/* cat.c: copies standard input to standard output until end of file.
 * There are no files to name, so it takes no arguments.
 * Expected: `echo hi | cat` shows hi; on the console it echoes lines
 * until Ctrl-D at the start of a line; status 0 (1 if a write fails). */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char buf[512];
    int n;
    int done;
    int w;
    if (argc != 1) {
        printf("usage: cat (copies standard input; there are no files)\n");
        return 2;
    }
    while ((n = read(0, buf, (int)sizeof(buf))) > 0) {
        for (done = 0; done < n; done += w) {
            w = write(1, buf + done, n - done);
            if (w <= 0)
                return 1;
        }
    }
    return n < 0 ? 1 : 0;
}
