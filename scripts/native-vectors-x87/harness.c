/* Runs x87 instruction sequences natively in a 32-bit process and reports
 * the FPU state each one leaves.
 *
 * Input on stdin, one 172-byte record per case:
 *   u8 length, u8 code[31], u8 image[108] (a 32-bit FRSTOR image),
 *   u8 window[32]
 * Output on stdout, one 144-byte record per case:
 *   u8 image[108] (FNSAVE after the code), u8 window[32], u32 eax
 *
 * The code runs between FRSTOR and FNSAVE with EAX = 0; the cases keep
 * every exception masked, so none traps. The window is data memory at
 * DATA_WINDOW that the cases' memory operands use. The harness itself does
 * no floating point (it is built with -mgeneral-regs-only semantics in
 * mind: only integer C), so nothing else touches the FPU in between.
 * Build: gcc -m32 -O2 -no-pie harness.c -o harness
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define DATA_WINDOW 0x00c00000u
#define WINDOW_BYTES 32
#define CODE_BYTES 31
#define IMAGE_BYTES 108
#define IN_RECORD (1 + CODE_BYTES + IMAGE_BYTES + WINDOW_BYTES)
#define OUT_RECORD (IMAGE_BYTES + WINDOW_BYTES + 4)

unsigned char g_in_image[IMAGE_BYTES], g_out_image[IMAGE_BYTES];
uint32_t g_eax;
void *g_code;
static long g_case;

void run_case(void);

__asm__(
    ".text\n"
    ".globl run_case\n"
    "run_case:\n"
    "  pushl %ebx\n"
    "  pushl %esi\n"
    "  pushl %edi\n"
    "  pushl %ebp\n"
    "  frstor g_in_image\n"
    "  xorl %eax, %eax\n"
    "  call *g_code\n"
    "  movl %eax, g_eax\n"
    "  fnsave g_out_image\n"
    "  popl %ebp\n"
    "  popl %edi\n"
    "  popl %esi\n"
    "  popl %ebx\n"
    "  ret\n");

static void on_signal(int sig) {
    char msg[96];
    int n = snprintf(msg, sizeof msg, "harness: case %ld raised signal %d\n", g_case, sig);
    if (n > 0) fwrite(msg, 1, (size_t)n, stderr);
    _Exit(2);
}

int main(void) {
    unsigned char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) {
        perror("harness: mmap");
        return 1;
    }
    g_code = page;
    unsigned char *window = mmap((void *)DATA_WINDOW, 4096, PROT_READ | PROT_WRITE,
                                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (window != (unsigned char *)DATA_WINDOW) {
        fprintf(stderr, "harness: cannot map the data window at %#x\n", DATA_WINDOW);
        return 1;
    }
    signal(SIGFPE, on_signal);
    signal(SIGILL, on_signal);
    signal(SIGSEGV, on_signal);
    signal(SIGBUS, on_signal);

    unsigned char rec[IN_RECORD];
    unsigned char out[OUT_RECORD];
    for (g_case = 0; fread(rec, 1, sizeof rec, stdin) == sizeof rec; g_case++) {
        unsigned len = rec[0];
        if (len == 0 || len > CODE_BYTES) {
            fprintf(stderr, "harness: case %ld has bad length %u\n", g_case, len);
            return 1;
        }
        memcpy(page, rec + 1, len);
        page[len] = 0xC3; /* RET back into run_case */
        memcpy(g_in_image, rec + 1 + CODE_BYTES, IMAGE_BYTES);
        memcpy(window, rec + 1 + CODE_BYTES + IMAGE_BYTES, WINDOW_BYTES);
        run_case();
        memcpy(out, g_out_image, IMAGE_BYTES);
        memcpy(out + IMAGE_BYTES, window, WINDOW_BYTES);
        memcpy(out + IMAGE_BYTES + WINDOW_BYTES, &g_eax, 4);
        if (fwrite(out, 1, OUT_RECORD, stdout) != OUT_RECORD) {
            perror("harness: write");
            return 1;
        }
    }
    return 0;
}
