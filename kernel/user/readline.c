/* readline.c: reads one line from the console and echoes it back.
 * Expected: with input "abc\r" prints "got: abc" and exits with status 0. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char line[64];
    int n;
    printf("type a line: ");
    n = read(0, line, 63);
    if (n <= 0)
        return 1;
    if (line[n - 1] == '\n')
        n--;
    line[n] = 0;
    printf("\ngot: %s\n", line);
    return 0;
}
