/* Runs instruction byte strings natively, one at a time, in a 32-bit
 * process, and reports the registers and EFLAGS each one leaves.
 *
 * Input on stdin, one 84-byte record per case (little-endian):
 *   u8 length, u8 code[15], u32 regs[8] (EAX..EDI; ESP ignored), u32 eflags,
 *   u8 window[32]
 * Output on stdout, one 72-byte record per case:
 *   u32 regs[8] (ESP slot is meaningless), u32 eflags, u8 window[32],
 *   u32 exception (0 = #DE, which Linux reports as SIGFPE; ~0 = none)
 *
 * A case that raises #DE is recorded with the state it started from: the
 * fault leaves registers, flags and memory as they were.
 *
 * The window is the data memory at DATA_WINDOW that memory operands use;
 * scripts/native-vectors/encode.ts uses the same address.
 *
 * Each case is copied into an executable page followed by RET and CALLed
 * from run_case, which loads every register and EFLAGS first and saves
 * them right after. Build: gcc -m32 -O2 -no-pie harness.c -o harness
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "harness-host.h"

#define WINDOW_BYTES 32
#define IN_RECORD (52 + WINDOW_BYTES)
#define OUT_RECORD (40 + WINDOW_BYTES)
#define NO_EXCEPTION 0xffffffffu

struct state {
    uint32_t regs[8];
    uint32_t eflags;
};

struct state g_in, g_out;

void run_case(void);

/* cdecl: EBX, ESI, EDI, EBP are the caller's, so they are saved around the
 * case. MOV and CALL leave EFLAGS alone, so POPF is the last flag write
 * before the instruction and PUSHF the first read after it. */
__asm__(
    ".text\n"
    ".globl run_case\n"
    "run_case:\n"
    "  pushl %ebp\n"
    "  pushl %ebx\n"
    "  pushl %esi\n"
    "  pushl %edi\n"
    "  pushl g_in+32\n"
    "  popfl\n"
    "  movl g_in+0, %eax\n"
    "  movl g_in+4, %ecx\n"
    "  movl g_in+8, %edx\n"
    "  movl g_in+12, %ebx\n"
    "  movl g_in+20, %ebp\n"
    "  movl g_in+24, %esi\n"
    "  movl g_in+28, %edi\n"
    "  call *g_code\n"
    "  pushfl\n"
    "  movl %eax, g_out+0\n"
    "  movl %ecx, g_out+4\n"
    "  movl %edx, g_out+8\n"
    "  movl %ebx, g_out+12\n"
    "  movl %ebp, g_out+20\n"
    "  movl %esi, g_out+24\n"
    "  movl %edi, g_out+28\n"
    "  popl g_out+32\n"
    "  cld\n"
    "  popl %edi\n"
    "  popl %esi\n"
    "  popl %ebx\n"
    "  popl %ebp\n"
    "  ret\n");

static sigjmp_buf g_divide_error;

/* #DE is an expected outcome for some cases: jump back out of the case.
 * siglongjmp restores the callee-saved registers run_case had replaced. */
static void on_divide_error(int sig) {
    (void)sig;
    siglongjmp(g_divide_error, 1);
}

int main(void) {
    unsigned char *page = harness_setup();
    if (page == NULL) return 1;
    unsigned char *window = (unsigned char *)DATA_WINDOW;
    signal(SIGFPE, on_divide_error);

    unsigned char rec[IN_RECORD];
    unsigned char out[OUT_RECORD];
    for (g_case = 0; fread(rec, 1, sizeof rec, stdin) == sizeof rec; g_case++) {
        unsigned len = rec[0];
        if (len == 0 || len > 15) {
            fprintf(stderr, "harness: case %ld has bad length %u\n", g_case, len);
            return 1;
        }
        memcpy(page, rec + 1, len);
        page[len] = 0xC3; /* RET back into run_case */
        memcpy(g_in.regs, rec + 16, 32);
        memcpy(&g_in.eflags, rec + 48, 4);
        memcpy(window, rec + 52, WINDOW_BYTES);
        uint32_t exception = NO_EXCEPTION;
        if (sigsetjmp(g_divide_error, 1) == 0) {
            run_case();
        } else {
            g_out = g_in;
            exception = 0;
        }
        memcpy(out, &g_out, 36);
        memcpy(out + 36, window, WINDOW_BYTES);
        memcpy(out + 36 + WINDOW_BYTES, &exception, 4);
        if (fwrite(out, 1, OUT_RECORD, stdout) != OUT_RECORD) {
            perror("harness: write");
            return 1;
        }
    }
    return 0;
}
