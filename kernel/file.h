/* file.h: open files shared by file descriptors: the console (a tty) and the
 * two ends of pipes. fork and dup share a file; it is freed at its last close. */
#ifndef KERNEL_FILE_H
#define KERNEL_FILE_H

#include "types.h"

#define FILE_NONE       0
#define FILE_CONSOLE    1
#define FILE_PIPE_READ  2
#define FILE_PIPE_WRITE 3
#define NFILE 192

struct pipe;

struct file {
    int type;
    int refs;
    struct pipe *pipe;
};

void file_open_console(struct file **fds);     /* fds 0, 1, 2 -> the console */
struct file *file_dup(struct file *f);
void file_close(struct file *f);
int file_pipe(struct file **read_end, struct file **write_end);     /* 0, or -1 when full */

/* Reads into / writes from memory the caller has checked (user or kernel);
 * may block. Return the count, 0 at end of file, -1 on error. */
int file_read(struct file *f, char *buf, int n);
int file_write(struct file *f, const char *buf, int n);

#endif
