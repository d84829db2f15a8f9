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
#include "../native-vectors/harness-host.h"

#define WINDOW_BYTES 32
#define CODE_BYTES 31
#define IMAGE_BYTES 108
#define IN_RECORD (1 + CODE_BYTES + IMAGE_BYTES + WINDOW_BYTES)
#define OUT_RECORD (IMAGE_BYTES + WINDOW_BYTES + 4)

unsigned char g_in_image[IMAGE_BYTES], g_out_image[IMAGE_BYTES];
uint32_t g_eax;

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

int main(void) {
    unsigned char *page = harness_setup();
    if (page == NULL) return 1;
    unsigned char *window = (unsigned char *)DATA_WINDOW;
    signal(SIGFPE, harness_on_signal);

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
