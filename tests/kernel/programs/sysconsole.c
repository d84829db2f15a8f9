/* sysconsole.c: the first thirteen syscalls (console, clock, memory) and
 * their error returns. Output: one "what: value" line per check. */
#include "check.h"

static int data_word = 0x1234;
static char *heap;

/* Touches the heap page that sbrk just gave back: a page fault. */
static int touch_freed(int offset)
{
    heap[offset] = 1;
    return 0;
}

static int poke_kernel(int unused)
{
    poke(0x00100000, 1);
    return 0;
}

int main(int argc, char **argv)
{
    char buf[8];
    int t0;
    int t1;
    char *b1;

    check("write(1, \"abc\\n\", 4)", write(1, "abc\n", 4), 4);
    check("write(1, s, -1)", write(1, "x", -1), -1);
    check("write(1, s, 0)", write(1, "x", 0), 0);
    check("write(9, s, 1) (fd 9 not open)", write(9, "x", 1), -1);
    check("write(-1, s, 1)", write(-1, "x", 1), -1);
    check("read(9, buf, 1)", read(9, buf, 1), -1);
    check("read(0, buf, -1)", read(0, buf, -1), -1);
    check("putchar('\\n')", putchar('\n'), '\n');
    check("puts(\"puts line\") >= 0", puts("puts line") >= 0, 1);
    check("printf(\"%d-%s\\n\", 42, \"xy\")", printf("%d-%s\n", 42, "xy"), 6);
    check("getpid() > 1", getpid() > 1, 1);

    t0 = ticks();
    check("sleep_ticks(5)", sleep_ticks(5), 0);
    t1 = ticks();
    check("ticks() moved by at least 5", t1 - t0 >= 5, 1);

    check("peek(&data_word)", peek((int)&data_word), 0x34);
    check("poke(&data_word, 0x56)", poke((int)&data_word, 0x56), 0);
    check("data_word after poke", data_word, 0x1256);
    check("poke to the kernel: killed by", WTERMSIG(in_child(poke_kernel, 0)), SIGSEGV);

    heap = sbrk(0);
    check("sbrk(0) is page-aligned", ((int)heap & 4095) == 0, 1);
    check("sbrk(8192) returns the old break", sbrk(8192) == heap, 1);
    check("sbrk(0) moved by 8192", (char *)sbrk(0) - heap, 8192);
    heap[0] = 1;
    heap[8191] = 2;
    check("the new pages are usable", heap[0] + heap[8191], 3);
    b1 = sbrk(-4096);
    check("sbrk(-4096) returns the old break", b1 == heap + 8192, 1);
    check("sbrk(0) after shrinking", (char *)sbrk(0) - heap, 4096);
    check("the given-back page faults: killed by", WTERMSIG(in_child(touch_freed, 5000)), SIGSEGV);
    check("the kept page is still there", heap[0], 1);
    check("sbrk below the heap start", (int)sbrk(-8192), -1);
    check("sbrk past the window", (int)sbrk(0x01000000), -1);
    check("sbrk(-4096) back to the start", sbrk(-4096) == heap + 4096, 1);
    b1 = sbrk(4096);
    check("grow again from the start", b1 == heap, 1);
    check("the page comes back zeroed", heap[0], 0);
    return failures;
}
