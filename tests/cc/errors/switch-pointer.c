// expect-error: switch quantity not an integer
int main(void)
{
    char *p = 0;
    switch (p) { default: break; }
    return 0;
}
