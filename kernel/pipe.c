/* pipe.c: pipes. A reader sleeps on nread until data or EOF (no writers); a
 * writer sleeps on nwrite while the buffer is full. Writing to a pipe nobody
 * can read raises SIGPIPE, as POSIX says. */
#include <signal.h>
#include "pipe.h"
#include "proc.h"
#include "sched.h"
#include "kstring.h"

static struct pipe pipes[NPIPE];

struct pipe *pipe_alloc(void)
{
    int i;
    for (i = 0; i < NPIPE; i++) {
        if (!pipes[i].used) {
            kmemset(&pipes[i], 0, sizeof(struct pipe));
            pipes[i].used = 1;
            pipes[i].readers = 1;
            pipes[i].writers = 1;
            return &pipes[i];
        }
    }
    return 0;
}

void pipe_close(struct pipe *p, int writing)
{
    if (writing) {
        p->writers--;
        sched_wakeup(&p->nread);
    } else {
        p->readers--;
        sched_wakeup(&p->nwrite);
    }
    if (p->readers == 0 && p->writers == 0)
        p->used = 0;
}

int pipe_read(struct pipe *p, char *buf, int n)
{
    int i;
    while (p->nread == p->nwrite && p->writers > 0) {
        proc_check_killed();
        sched_sleep(&p->nread, "read");
    }
    proc_check_killed();
    for (i = 0; i < n && p->nread != p->nwrite; i++) {
        buf[i] = p->data[p->nread % PIPE_SIZE];
        p->nread++;
    }
    sched_wakeup(&p->nwrite);
    return i;
}

int pipe_write(struct pipe *p, const char *buf, int n)
{
    struct proc *me = proc_current();
    int i = 0;
    while (i < n) {
        if (p->readers == 0) {
            if (!(me->ignored & (1u << SIGPIPE)) && me->killed == 0) {
                me->killed = SIGPIPE;
            }
            return -1;
        }
        proc_check_killed();
        if (p->nwrite - p->nread == PIPE_SIZE) {
            sched_wakeup(&p->nread);
            sched_sleep(&p->nwrite, "write");
            continue;
        }
        while (i < n && p->nwrite - p->nread < PIPE_SIZE) {
            p->data[p->nwrite % PIPE_SIZE] = buf[i];
            p->nwrite++;
            i++;
        }
    }
    sched_wakeup(&p->nread);
    return n;
}
