// expect-error: assignment of read-only variable 'p'
int main(void)
{
    int x = 0, y = 0;
    int *const p = &x;
    p = &y;
    return *p;
}
