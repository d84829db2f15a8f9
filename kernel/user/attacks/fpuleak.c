/* fpuleak.c: reads another process's x87 registers. The parent loads a
 * secret into all eight x87 registers and sleeps in waitpid while the FPU
 * still holds them; its child then saves the whole x87 state (FNSAVE) and
 * looks for the secret. The kernel switches the FPU lazily: the child's
 * first x87 instruction raises #NM, and the kernel saves the parent's state
 * and gives the child a clean one, zeroed registers included (FNINIT alone
 * would leave the parent's values in the registers, visible to FNSAVE).
 * When the parent runs again, its own registers must be back.
 * expect: refused */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int fpuleak_secret = 0x5ec2e7;
unsigned char fpuleak_image[108];

static void save_state(void)
{
    asm("fnsave [fpuleak_image]");
}

/* The 80-bit register i (ST(i)) of the saved image, as a 32-bit integer if it holds one exactly. */
static int register_is_secret(int i)
{
    unsigned char *r = fpuleak_image + 28 + 10 * i;
    /* fild of 0x5ec2e7 (23 bits): exponent 0x4015, significand 0xBD85CE00 00000000. */
    return r[9] == 0x40 && r[8] == 0x15 && r[7] == 0xbd && r[6] == 0x85 && r[5] == 0xce && r[4] == 0;
}

static int count_secrets(void)
{
    int i, n = 0;
    for (i = 0; i < 8; i++)
        n += register_is_secret(i);
    return n;
}

static int nonzero_register_bytes(void)
{
    int i, n = 0;
    for (i = 28; i < 108; i++)
        n += fpuleak_image[i] != 0;
    return n;
}

int main(int argc, char **argv)
{
    int ready[2];
    int pid, status, tags, secrets;
    char c;
    if (pipe(ready) < 0) {
        printf("fpuleak: pipe failed\n");
        return 2;
    }
    pid = fork();
    if (pid < 0) {
        printf("fpuleak: fork failed\n");
        return 2;
    }
    if (pid == 0) {
        close(ready[1]);
        read(ready[0], &c, 1);          /* the parent has loaded its secret */
        save_state();
        tags = fpuleak_image[8] | (fpuleak_image[9] << 8);
        secrets = count_secrets();
        printf("fpuleak: child: tag word 0x%04x, %d registers hold the secret, %d nonzero register bytes\n",
               tags, secrets, nonzero_register_bytes());
        _exit(secrets != 0 || nonzero_register_bytes() != 0 || tags != 0xffff);
    }
    close(ready[0]);
    asm("fninit");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    asm("fild DWORD PTR [fpuleak_secret]");
    write(ready[1], "r", 1);
    waitpid(pid, &status, 0);          /* sleeps: the child runs with our registers in the FPU */
    save_state();
    secrets = count_secrets();
    printf("fpuleak: parent: child status %d, %d of 8 registers still hold the secret\n", status, secrets);
    if (status != 0)
        return 1;                       /* the child saw our registers */
    if (secrets != 8) {
        printf("fpuleak: the parent's x87 registers were lost\n");
        return 1;
    }
    return 0;
}
