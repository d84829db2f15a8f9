/* exit.c: exit runs the atexit handlers (last registered first), flushes
 * every stream, then ends the process with the exit system call. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_HANDLERS 32

void __sys_exit(int status);

static void (*handlers[MAX_HANDLERS])(void);
static int handler_count;

int atexit(void (*fn)(void))
{
    if (handler_count == MAX_HANDLERS) return -1;
    handlers[handler_count++] = fn;
    return 0;
}

void exit(int status)
{
    while (handler_count > 0) handlers[--handler_count]();
    fflush(NULL);
    __sys_exit(status);
}

void abort(void)
{
    fflush(NULL);
    __sys_exit(134);
}
