// expect-error: assignment of read-only variable 'k'
int main(void)
{
    const int k = 3;
    k = 4;
    return k;
}
