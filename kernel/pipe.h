/* pipe.h: a one-way byte channel between processes, with blocking ends. */
#ifndef KERNEL_PIPE_H
#define KERNEL_PIPE_H

#include "types.h"

#define PIPE_SIZE 512
#define NPIPE 64

struct pipe {
    int used;
    char data[PIPE_SIZE];
    u32 nread;              /* bytes read so far (index mod PIPE_SIZE) */
    u32 nwrite;             /* bytes written so far */
    int readers;            /* open read ends */
    int writers;            /* open write ends */
};

struct pipe *pipe_alloc(void);          /* one reader and one writer; 0 when none is free */
void pipe_close(struct pipe *p, int writing);
int pipe_read(struct pipe *p, char *buf, int n);     /* blocks while empty; 0 at EOF */
int pipe_write(struct pipe *p, const char *buf, int n);  /* blocks while full; -1 + SIGPIPE without readers */

#endif
