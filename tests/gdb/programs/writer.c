/* writer.c: the program of scripts/gdb-check's kernel session. main calls
 * say, which calls the write system call: gdb stopped in the kernel's
 * sys_write shows, under `bt`, the kernel's frames, the trap frame, then
 * write, say and main. */
int write(int fd, const char *buf, int n);

static int say(const char *s, int n)
{
    return write(1, s, n);
}

int main(int argc, char **argv)
{
    say("written by ring 3\n", 18);
    return 0;
}
