/* yes.c: writes "y" (or its arguments, joined by spaces) as lines, forever.
 * Expected: alone on the console it runs until the time limit,
 * "[program killed: time limit]", status 137;
 * `yes | head 3` shows three y lines, then the next write has no reader and
 * SIGPIPE kills yes (status 141). If SIGPIPE is ignored, the write returns
 * -1 and yes exits with status 1. */
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char line[256];
    int i;
    int len;
    strcpy(line, "y");
    if (argc > 1) {
        line[0] = 0;
        for (i = 1; i < argc; i++) {
            if (strlen(line) + strlen(argv[i]) + 2 >= sizeof(line))
                break;
            if (i > 1)
                strcat(line, " ");
            strcat(line, argv[i]);
        }
    }
    strcat(line, "\n");
    len = (int)strlen(line);
    for (;;) {
        if (write(1, line, len) != len)
            return 1;
    }
    return 0;
}
