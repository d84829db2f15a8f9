/* head.c: copies the first N lines of standard input (default 10), then
 * exits without reading the rest.
 * Expected: `yes | head 3` shows y three times, status 0; the writer
 * then finds no reader (SIGPIPE). `head 0` reads nothing. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    int lines = 10;
    int c;
    if (argc > 2 || (argc == 2 && (argv[1][0] < '0' || argv[1][0] > '9'))) {
        printf("usage: head [LINES]\n");
        return 2;
    }
    if (argc == 2)
        lines = atoi(argv[1]);
    while (lines > 0 && (c = getchar()) != EOF) {
        putchar(c);
        if (c == '\n')
            lines--;
    }
    return 0;
}
