/* memory.c: the memory workload of `ringside bench`.
 * Usage: memory BLOCK_BYTES ROUNDS
 * Each round copies a block with REP MOVSD (copy.s), then writes it back
 * reversed with a byte loop, adding the round number to every byte. Prints a
 * hash of the final block (recomputed in tests/bench/reference.ts). */
#include <stdio.h>
#include <stdlib.h>

/* As large as the full benchmark needs: the kernel zeroes it at load time. */
#define MAX_BLOCK 65536

void copy_dwords(void *dst, const void *src, int count);

static unsigned char src[MAX_BLOCK];
static unsigned char dst[MAX_BLOCK];

int main(int argc, char **argv)
{
    int size;
    int rounds;
    int r;
    int i;
    unsigned int x = 2024;
    unsigned int h = 5381;
    if (argc != 3) {
        printf("usage: memory BLOCK_BYTES ROUNDS\n");
        return 2;
    }
    size = atoi(argv[1]);
    rounds = atoi(argv[2]);
    if (size < 4 || size > MAX_BLOCK || size % 4 != 0 || rounds < 1) {
        printf("memory: BLOCK_BYTES must be a multiple of 4 in 4..%d and ROUNDS at least 1\n", MAX_BLOCK);
        return 2;
    }
    for (i = 0; i < size; i++) {
        x = x * 1664525u + 1013904223u;
        src[i] = (unsigned char)(x >> 24);
    }
    for (r = 0; r < rounds; r++) {
        copy_dwords(dst, src, size / 4);
        for (i = 0; i < size; i++)
            src[i] = (unsigned char)(dst[size - 1 - i] + r);
    }
    for (i = 0; i < size; i++)
        h = (h * 33u) ^ src[i];
    printf("checksum=%x\n", h);
    return 0;
}
