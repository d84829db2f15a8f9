/* compute.c: the compute workload of `ringside bench`.
 * Usage: compute SIEVE_LIMIT CRC_BYTES MATRIX_N
 *   a sieve of Eratosthenes below SIEVE_LIMIT (count of primes, sum of primes),
 *   CRC-32 (IEEE, table-driven) over CRC_BYTES pseudo-random bytes,
 *   an N x N integer matrix multiply (a hash of the product).
 * Prints one line per part and a combined checksum; bench/checksums are
 * recomputed independently in tests/bench/reference.ts. */
#include <stdio.h>
#include <stdlib.h>

/* Static buffers are zeroed by the kernel when it loads the program, outside
 * the measured window; they are only as large as the full benchmark needs. */
#define MAX_SIEVE 300000
#define MAX_CRC 300000
#define MAX_N 64

static char composite[MAX_SIEVE];
static unsigned char data[MAX_CRC];
static unsigned int crc_table[256];
static int ma[MAX_N * MAX_N];
static int mb[MAX_N * MAX_N];
static int mc[MAX_N * MAX_N];

static unsigned int lcg_state;

/* The same generator as the reference: Numerical Recipes' 32-bit LCG. */
static unsigned int lcg_next(void)
{
    lcg_state = lcg_state * 1664525u + 1013904223u;
    return lcg_state;
}

static unsigned int sieve(int limit, int *count)
{
    int i;
    int j;
    unsigned int sum = 0;
    int n = 0;
    for (i = 0; i < limit; i++)
        composite[i] = 0;
    for (i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        n++;
        sum += (unsigned int)i;
        for (j = i + i; j < limit; j += i)
            composite[j] = 1;
    }
    *count = n;
    return sum;
}

static unsigned int crc32(int len)
{
    unsigned int c;
    unsigned int crc;
    int i;
    int k;
    for (i = 0; i < 256; i++) {
        c = (unsigned int)i;
        for (k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    lcg_state = 12345;
    for (i = 0; i < len; i++)
        data[i] = (unsigned char)(lcg_next() >> 24);
    crc = 0xFFFFFFFFu;
    for (i = 0; i < len; i++)
        crc = crc_table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

static unsigned int matmul(int n)
{
    int i;
    int j;
    int k;
    int s;
    unsigned int h = 2166136261u;
    lcg_state = 777;
    for (i = 0; i < n * n; i++) {
        ma[i] = (int)(lcg_next() >> 24) - 128;
        mb[i] = (int)(lcg_next() >> 24) - 128;
    }
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
            s = 0;
            for (k = 0; k < n; k++)
                s += ma[i * n + k] * mb[k * n + j];
            mc[i * n + j] = s;
        }
    }
    /* FNV-1a over the product's words. */
    for (i = 0; i < n * n; i++)
        h = (h ^ (unsigned int)mc[i]) * 16777619u;
    return h;
}

int main(int argc, char **argv)
{
    int limit;
    int bytes;
    int n;
    int primes;
    unsigned int prime_sum;
    unsigned int crc;
    unsigned int mat;
    if (argc != 4) {
        printf("usage: compute SIEVE_LIMIT CRC_BYTES MATRIX_N\n");
        return 2;
    }
    limit = atoi(argv[1]);
    bytes = atoi(argv[2]);
    n = atoi(argv[3]);
    if (limit < 2 || limit > MAX_SIEVE || bytes < 1 || bytes > MAX_CRC || n < 1 || n > MAX_N) {
        printf("compute: sizes out of range (2..%d, 1..%d, 1..%d)\n", MAX_SIEVE, MAX_CRC, MAX_N);
        return 2;
    }
    prime_sum = sieve(limit, &primes);
    printf("sieve primes=%d sum=%x\n", primes, prime_sum);
    crc = crc32(bytes);
    printf("crc32=%x\n", crc);
    mat = matmul(n);
    printf("matrix=%x\n", mat);
    printf("checksum=%x\n", prime_sum ^ crc ^ mat ^ (unsigned int)primes);
    return 0;
}
