/* stdio.c: FILE streams over read/write. stdin, stdout and stderr are fds
 * 0, 1, 2; stdout is line-buffered (the console is a terminal), stderr
 * unbuffered. Reading any stream first flushes stdout; exit flushes all. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

#define F_EOF 1
#define F_ERR 2
#define MAX_FILES 16

struct _FILE {
    int fd;
    int mode;
    int flags;
    int unget;      /* a byte pushed back by ungetc, or -1 */
    int rpos, rlen; /* unread bytes: rbuf[rpos..rlen) */
    int wlen;       /* bytes waiting in wbuf */
    char rbuf[BUFSIZ];
    char wbuf[BUFSIZ];
};

static struct _FILE std_files[3] = {
    { 0, _IOLBF, 0, -1 },
    { 1, _IOLBF, 0, -1 },
    { 2, _IONBF, 0, -1 },
};
FILE *stdin = &std_files[0];
FILE *stdout = &std_files[1];
FILE *stderr = &std_files[2];
static FILE *open_files[MAX_FILES] = { &std_files[0], &std_files[1], &std_files[2] };

static int drain(FILE *f)
{
    int done = 0;
    while (done < f->wlen) {
        int n = write(f->fd, f->wbuf + done, f->wlen - done);
        if (n <= 0) { f->flags |= F_ERR; f->wlen = 0; return EOF; }
        done += n;
    }
    f->wlen = 0;
    return 0;
}

int fflush(FILE *f)
{
    int r = 0;
    if (f) return drain(f);
    for (int i = 0; i < MAX_FILES; i++)
        if (open_files[i] && drain(open_files[i]) == EOF) r = EOF;
    return r;
}

/* Called by the printf/puts/putchar wrappers before the kernel prints. */
void __stdio_flush_stdout(void)
{
    if (stdout->wlen) drain(stdout);
}

/* Called by the getchar wrapper: a byte stdin already holds, EOF once
 * stdin has ended (as with glibc, until clearerr), or -2: ask the kernel. */
int __stdio_take_stdin(void)
{
    __stdio_flush_stdout();
    if (stdin->unget >= 0) { int c = stdin->unget; stdin->unget = -1; return c; }
    if (stdin->rpos < stdin->rlen) return (unsigned char)stdin->rbuf[stdin->rpos++];
    if (stdin->flags & F_EOF) return EOF;
    return -2;
}

int fputc(int c, FILE *f)
{
    f->wbuf[f->wlen++] = (char)c;
    if (f->wlen == BUFSIZ || f->mode == _IONBF || (f->mode == _IOLBF && c == '\n'))
        if (drain(f) == EOF) return EOF;
    return c & 0xff;
}

int putc(int c, FILE *f)
{
    return fputc(c, f);
}

int fputs(const char *s, FILE *f)
{
    while (*s)
        if (fputc(*s++, f) == EOF) return EOF;
    return 1;
}

size_t fwrite(const void *p, size_t size, size_t count, FILE *f)
{
    const char *b = p;
    size_t i;
    for (i = 0; i < size * count; i++)
        if (fputc(b[i], f) == EOF) break;
    return size ? i / size : 0;
}

int fgetc(FILE *f)
{
    if (f->unget >= 0) { int c = f->unget; f->unget = -1; return c; }
    if (f->rpos == f->rlen) {
        int n;
        if (f->flags & F_EOF) return EOF;
        __stdio_flush_stdout();
        n = read(f->fd, f->rbuf, BUFSIZ);
        if (n <= 0) { f->flags |= n == 0 ? F_EOF : F_ERR; return EOF; }
        f->rpos = 0;
        f->rlen = n;
    }
    return (unsigned char)f->rbuf[f->rpos++];
}

int getc(FILE *f)
{
    return fgetc(f);
}

int ungetc(int c, FILE *f)
{
    if (c == EOF) return EOF;
    if (f->rpos > 0 && f->unget < 0) f->rbuf[--f->rpos] = (char)c;
    else if (f->unget < 0) f->unget = c & 0xff;
    else return EOF;
    f->flags &= ~F_EOF;
    return c & 0xff;
}

char *fgets(char *buf, int size, FILE *f)
{
    int n = 0;
    if (size <= 0) return NULL;
    while (n < size - 1) {
        int c = fgetc(f);
        if (c == EOF) break;
        buf[n++] = (char)c;
        if (c == '\n') break;
    }
    if (n == 0) return NULL;
    buf[n] = 0;
    return buf;
}

size_t fread(void *p, size_t size, size_t count, FILE *f)
{
    char *b = p;
    size_t i;
    for (i = 0; i < size * count; i++) {
        int c = fgetc(f);
        if (c == EOF) break;
        b[i] = (char)c;
    }
    return size ? i / size : 0;
}

ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f)
{
    size_t n = 0;
    int c;
    if (line == NULL || cap == NULL) { errno = EINVAL; return -1; }
    if (*line == NULL || *cap == 0) {
        *cap = 64;
        *line = realloc(*line, *cap);
        if (*line == NULL) { errno = ENOMEM; return -1; }
    }
    while ((c = fgetc(f)) != EOF) {
        if (n + 2 > *cap) {
            char *grown = realloc(*line, *cap * 2);
            if (grown == NULL) { errno = ENOMEM; return -1; }
            *line = grown;
            *cap *= 2;
        }
        (*line)[n++] = (char)c;
        if (c == delim) break;
    }
    (*line)[n] = 0;
    return n == 0 ? -1 : (ssize_t)n;
}

ssize_t getline(char **line, size_t *cap, FILE *f)
{
    return getdelim(line, cap, '\n', f);
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags = 0; }
int fileno(FILE *f) { return f->fd; }

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
    (void)buf;
    (void)size;
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return -1;
    drain(f);
    f->mode = mode;
    return 0;
}

/* A stream on an open descriptor (a pipe end, say); fully buffered. */
FILE *fdopen(int fd, const char *mode)
{
    FILE *f;
    int slot;
    (void)mode;
    for (slot = 0; slot < MAX_FILES && open_files[slot]; slot++) {}
    if (slot == MAX_FILES) { errno = EMFILE; return NULL; }
    f = calloc(1, sizeof *f);
    if (f == NULL) { errno = ENOMEM; return NULL; }
    f->fd = fd;
    f->mode = _IOFBF;
    f->unget = -1;
    open_files[slot] = f;
    return f;
}

int fclose(FILE *f)
{
    int r = drain(f);
    if (close(f->fd) < 0) r = EOF;
    for (int i = 0; i < MAX_FILES; i++)
        if (open_files[i] == f) open_files[i] = NULL;
    if (f != stdin && f != stdout && f != stderr) free(f);
    return r;
}

int dprintf(int fd, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    write(fd, buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
    return n;
}

void perror(const char *s)
{
    if (s && *s) { fputs(s, stderr); fputs(": ", stderr); }
    fputs(strerror(errno), stderr);
    fputc('\n', stderr);
}
