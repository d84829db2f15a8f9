/* sys_file.c: the file-descriptor syscalls: read, write, close, dup, dup2,
 * pipe. Every buffer is checked with user_range_ok before it is touched; a
 * bad descriptor is an error return (-1), not a kill. */
#include "sys_handlers.h"
#include "usercopy.h"
#include "proc.h"
#include "file.h"

static struct file *fd_file(u32 fd)
{
    struct proc *p = proc_current();
    if (fd >= NOFILE)
        return 0;
    return p->files[fd];
}

static int fd_free_slot(void)
{
    struct proc *p = proc_current();
    int fd;
    for (fd = 0; fd < NOFILE; fd++) {
        if (p->files[fd] == 0)
            return fd;
    }
    return -1;
}

u32 sys_read(u32 *args, u32 block)
{
    struct file *f = fd_file(args[0]);
    s32 len = (s32)args[2];
    if (f == 0 || len < 0)
        return (u32)-1;
    user_require_range(args[1], (u32)len, 1);
    return (u32)file_read(f, (char *)args[1], len);
}

u32 sys_write(u32 *args, u32 block)
{
    struct file *f = fd_file(args[0]);
    s32 len = (s32)args[2];
    if (f == 0 || len < 0)
        return (u32)-1;
    user_require_range(args[1], (u32)len, 0);
    return (u32)file_write(f, (const char *)args[1], len);
}

u32 sys_close(u32 *args, u32 block)
{
    struct file *f = fd_file(args[0]);
    if (f == 0)
        return (u32)-1;
    proc_current()->files[args[0]] = 0;
    file_close(f);
    return 0;
}

u32 sys_dup(u32 *args, u32 block)
{
    struct file *f = fd_file(args[0]);
    int fd;
    if (f == 0)
        return (u32)-1;
    fd = fd_free_slot();
    if (fd < 0)
        return (u32)-1;
    proc_current()->files[fd] = file_dup(f);
    return (u32)fd;
}

u32 sys_dup2(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    struct file *f = fd_file(args[0]);
    u32 to = args[1];
    if (f == 0 || to >= NOFILE)
        return (u32)-1;
    if (args[0] == to)
        return to;
    if (p->files[to] != 0)
        file_close(p->files[to]);
    p->files[to] = file_dup(f);
    return to;
}

u32 sys_pipe(u32 *args, u32 block)
{
    struct proc *p = proc_current();
    struct file *r;
    struct file *w;
    int fd_read;
    int fd_write;
    user_require_range(args[0], 8, 1);
    fd_read = fd_free_slot();
    if (fd_read < 0)
        return (u32)-1;
    p->files[fd_read] = (struct file *)1;   /* reserve it while finding the second */
    fd_write = fd_free_slot();
    p->files[fd_read] = 0;
    if (fd_write < 0 || file_pipe(&r, &w) < 0)
        return (u32)-1;
    p->files[fd_read] = r;
    p->files[fd_write] = w;
    ((int *)args[0])[0] = fd_read;
    ((int *)args[0])[1] = fd_write;
    return 0;
}
