// expect-error: dereferencing a 'void *' pointer
int main(void)
{
    void *p = 0;
    return sizeof *p;
}
