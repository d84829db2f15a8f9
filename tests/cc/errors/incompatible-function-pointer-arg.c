// expect-error: passing argument 1 of 'run' from incompatible pointer type [-Wincompatible-pointer-types]
void run(void (*cb)(int));
int cb(int x) { return x; }
int main(void)
{
    run(cb);
    return 0;
}
