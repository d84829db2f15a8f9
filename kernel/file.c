/* file.c: the open-file table behind file descriptors. */
#include "file.h"
#include "pipe.h"
#include "tty.h"
#include "console.h"
#include "sched.h"
#include "kstring.h"
#include "panic.h"

#define CONSOLE_CHUNK 256       /* console output between preemption points */

static struct file files[NFILE];
static struct file console_file;

void file_open_console(struct file **fds)
{
    console_file.type = FILE_CONSOLE;
    console_file.refs += 3;
    fds[0] = &console_file;
    fds[1] = &console_file;
    fds[2] = &console_file;
}

struct file *file_dup(struct file *f)
{
    f->refs++;
    return f;
}

static struct file *file_alloc(int type)
{
    int i;
    for (i = 0; i < NFILE; i++) {
        if (files[i].refs == 0) {
            files[i].type = type;
            files[i].refs = 1;
            files[i].pipe = 0;
            return &files[i];
        }
    }
    return 0;
}

void file_close(struct file *f)
{
    if (f->refs <= 0)
        panic("file_close: file not open");
    f->refs--;
    if (f->refs > 0 || f == &console_file)
        return;
    if (f->type == FILE_PIPE_READ || f->type == FILE_PIPE_WRITE)
        pipe_close(f->pipe, f->type == FILE_PIPE_WRITE);
    f->type = FILE_NONE;
    f->pipe = 0;
}

int file_pipe(struct file **read_end, struct file **write_end)
{
    struct pipe *p;
    struct file *r = file_alloc(FILE_PIPE_READ);
    struct file *w;
    if (r == 0)
        return -1;
    w = file_alloc(FILE_PIPE_WRITE);
    if (w == 0) {
        r->refs = 0;
        return -1;
    }
    p = pipe_alloc();
    if (p == 0) {
        r->refs = 0;
        w->refs = 0;
        return -1;
    }
    r->pipe = p;
    w->pipe = p;
    *read_end = r;
    *write_end = w;
    return 0;
}

int file_read(struct file *f, char *buf, int n)
{
    if (f->type == FILE_CONSOLE)
        return tty_read(buf, n);
    if (f->type == FILE_PIPE_READ)
        return pipe_read(f->pipe, buf, n);
    return -1;
}

/* Console output goes out in chunks with a preemption point between them, so
 * a 4 MiB write cannot hold the CPU past the time limit or Ctrl-C. */
static int console_file_write(const char *buf, int n)
{
    int done = 0;
    int chunk;
    while (done < n) {
        chunk = n - done;
        if (chunk > CONSOLE_CHUNK)
            chunk = CONSOLE_CHUNK;
        console_write(buf + done, chunk);
        done += chunk;
        if (done < n)
            preempt_point();
    }
    return n;
}

int file_write(struct file *f, const char *buf, int n)
{
    if (f->type == FILE_CONSOLE)
        return console_file_write(buf, n);
    if (f->type == FILE_PIPE_WRITE)
        return pipe_write(f->pipe, buf, n);
    return -1;
}
