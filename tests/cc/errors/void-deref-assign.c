// expect-error: dereferencing a 'void *' pointer
int main(void)
{
    char b[4];
    void *p = b;
    *p = 1;
    return 0;
}
