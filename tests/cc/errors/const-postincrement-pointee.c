// expect-error: increment of read-only location '*p'
int main(void)
{
    int v = 1;
    const int *p = &v;
    (*p)++;
    return v;
}
