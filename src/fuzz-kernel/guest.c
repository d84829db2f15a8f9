/* guest.c: the ring-3 side of the kernel fuzzer (scripts/fuzz-kernel).
 * `fuzzguest SEED COUNT` runs COUNT programs, one after the other, each in a
 * forked child: the child generates a random, biased instruction stream from
 * SEED + i into a buffer and jumps into it. The stream mixes syscalls with
 * random numbers and arguments (pointers into the kernel, the window, the
 * guard page, wild ones), privileged and I/O instructions, loads and stores
 * through wild pointers, far transfers, stack games and plain random bytes.
 * A child that blocks (sleep, a pipe) is killed after a few ticks; one that
 * spins meets the kernel's time limit. Between programs the parent sleeps a
 * tick, so the host can check the kernel while nothing runs. */
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <stdio.h>
#include <ringside.h>

#define CODE_SIZE 2048
#define WAIT_TICKS 4

static unsigned char code[CODE_SIZE];
static unsigned state;
static int used;

static unsigned next(void)
{
    state = state * 1103515245 + 12345;
    return state >> 8;
}

static void emit(int byte)
{
    if (used < CODE_SIZE)
        code[used++] = (unsigned char)byte;
}

static void emit32(unsigned v)
{
    emit(v & 0xFF);
    emit((v >> 8) & 0xFF);
    emit((v >> 16) & 0xFF);
    emit(v >> 24);
}

/* Numbers a kernel must survive as addresses and lengths. */
static unsigned interesting(void)
{
    static unsigned values[16] = {
        0, 1, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x00100000, 0x000B8000, 0x00001000,
        0x40000000, 0x403FB000, 0x403FFFFC, 0x40400000, 0xC0000000, 0x3FFFFFFF, 4096, 0x10000
    };
    unsigned r = next();
    if (r % 4 == 0)
        return next() ^ (next() << 16);
    if (r % 4 == 1)
        return 0x40000000 + next() % 0x400000;
    return values[(r >> 4) % 16] + (r >> 12) % 8 - 4 * ((r >> 20) % 2);
}

/* A syscall number: mostly real ones (but never fork, execv or halt, whose
 * children and programs would outlive the check), sometimes not. */
static unsigned syscall_number(void)
{
    unsigned n = next() % 40;
    if (n == 14 || n == 15 || n == 30)
        n = 2;
    if (next() % 16 == 0)
        n = interesting();
    return n;
}

static void emit_snippet(void)
{
    unsigned kind = next() % 12;
    int i;
    int n;
    switch (kind) {
    case 0:     /* a syscall with a block of random arguments on the stack */
    case 1:
        for (i = 0; i < 3; i++) {
            emit(0x68);                         /* push imm32 */
            emit32(interesting());
        }
        emit(0xB8);                             /* mov eax, nr */
        emit32(syscall_number());
        if (next() % 4 == 0) {
            emit(0xBB);                         /* mov ebx, wild */
            emit32(interesting());
        } else {
            emit(0x89);                         /* mov ebx, esp */
            emit(0xE3);
        }
        emit(0xCD);
        emit(0x80);
        emit(0x83);                             /* add esp, 12 */
        emit(0xC4);
        emit(12);
        break;
    case 2:     /* load or store through a wild pointer */
        emit(0xBE);                             /* mov esi, addr */
        emit32(interesting());
        emit(next() % 2 ? 0x89 : 0x8B);         /* mov [esi], eax / mov eax, [esi] */
        emit(0x06);
        break;
    case 3:     /* a privileged or I/O instruction */
        n = next() % 10;
        if (n == 0) emit(0xFA);                  /* cli */
        else if (n == 1) emit(0xF4);             /* hlt */
        else if (n == 2) { emit(0xE6); emit(next() & 0xFF); }   /* out imm8, al */
        else if (n == 3) { emit(0xEC); }         /* in al, dx */
        else if (n == 4) { emit(0x0F); emit(0x22); emit(0xC0 | (next() % 0x40 & 0x1F)); }    /* mov crN, reg */
        else if (n == 5) { emit(0x0F); emit(0x01); emit(0x10 | (next() % 8)); }    /* lgdt/lidt-ish [reg] */
        else if (n == 6) { emit(0x0F); emit(0x00); emit(0xD8 | (next() % 8)); }    /* ltr reg */
        else if (n == 7) { emit(0x8E); emit(0xD8 | (next() % 0x28 & 0x38) >> 3 << 3 | (next() % 8)); }   /* mov sreg, reg */
        else if (n == 8) { emit(0xCD); emit(next() & 0xFF); }    /* int n */
        else { emit(0x9D); }                     /* popfd */
        break;
    case 4:     /* a far transfer to a random selector */
        emit(next() % 2 ? 0xEA : 0x9A);
        emit32(interesting());
        emit(next() & 0xFF);
        emit(next() & 0x3F);
        break;
    case 5:     /* stack games: a wild ESP, iret or retf with what is there */
        if (next() % 2) {
            emit(0xBC);
            emit32(interesting());
        }
        emit(next() % 2 ? 0xCF : 0xCB);
        break;
    case 6:     /* set a register to something interesting */
        emit(0xB8 + next() % 8 % 4);            /* eax..ebx, not esp */
        emit32(interesting());
        break;
    default:    /* plain random bytes */
        n = 1 + next() % 8;
        for (i = 0; i < n; i++)
            emit(next() & 0xFF);
        break;
    }
}

/* A stream that ends in exit(used), if it ever gets there. */
static void generate(unsigned seed)
{
    int snippets;
    int i;
    state = seed * 2654435761u + 1;
    used = 0;
    snippets = 1 + (int)(next() % 24);
    for (i = 0; i < snippets; i++)
        emit_snippet();
    emit(0x6A);                 /* push 0 */
    emit(0);
    emit(0x89);                 /* mov ebx, esp */
    emit(0xE3);
    emit(0xB8);                 /* mov eax, SYS_exit */
    emit32(1);
    emit(0xCD);
    emit(0x80);
    while (used < CODE_SIZE)
        emit(0xF4);             /* hlt: #GP in ring 3 */
}

static void run_one(unsigned seed)
{
    void (*entry)(void);
    int child = fork();
    int status;
    int waited;
    if (child < 0)
        exit(3);
    if (child == 0) {
        close(0);               /* nothing may wait for the console */
        close(1);
        close(2);
        generate(seed);
        entry = (void (*)(void))code;
        entry();
        exit(0);
    }
    for (waited = 0; waitpid(child, &status, WNOHANG) == 0; waited++) {
        if (waited == WAIT_TICKS)
            kill(child, SIGKILL);   /* blocked in sleep or on a pipe */
        sleep_ticks(1);
    }
    sleep_ticks(1);             /* the host checks the kernel now */
}

int main(int argc, char **argv)
{
    unsigned seed;
    int count;
    int i;
    if (argc != 3) {
        printf("usage: fuzzguest SEED COUNT\n");
        return 2;
    }
    seed = (unsigned)atoi(argv[1]);
    count = atoi(argv[2]);
    for (i = 0; i < count; i++)
        run_one(seed + (unsigned)i);
    printf("fuzzguest: %d programs\n", count);
    return 0;
}
