/* What both native-vector harnesses (the integer one here and the x87 one in
 * scripts/native-vectors-x87) need from the host: a page for the case's code,
 * the data window at DATA_WINDOW that memory operands use, and signal
 * handlers that name the case that raised an unexpected signal.
 * Include after <signal.h>, <stdio.h>, <stdlib.h> and <sys/mman.h>. */
#ifndef HARNESS_HOST_H
#define HARNESS_HOST_H

#define DATA_WINDOW 0x00c00000u

void *g_code;       /* the case's code page; run_case calls it */
static long g_case; /* the case being run, for messages */

/* Only async-signal-safe calls here. */
static void harness_on_signal(int sig) {
    char msg[96];
    int n = snprintf(msg, sizeof msg, "harness: case %ld raised signal %d\n", g_case, sig);
    if (n > 0) fwrite(msg, 1, (size_t)n, stderr);
    _Exit(2);
}

/* Maps the code page (into g_code) and the data window, and makes SIGILL,
 * SIGSEGV and SIGBUS fatal with the case's number; the caller decides SIGFPE.
 * Returns the code page, or NULL after a message. */
static unsigned char *harness_setup(void) {
    unsigned char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) {
        perror("harness: mmap");
        return NULL;
    }
    g_code = page;
    unsigned char *window = mmap((void *)DATA_WINDOW, 4096, PROT_READ | PROT_WRITE,
                                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (window != (unsigned char *)DATA_WINDOW) {
        fprintf(stderr, "harness: cannot map the data window at %#x\n", DATA_WINDOW);
        return NULL;
    }
    signal(SIGILL, harness_on_signal);
    signal(SIGSEGV, harness_on_signal);
    signal(SIGBUS, harness_on_signal);
    return page;
}

#endif
