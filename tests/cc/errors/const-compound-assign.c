// expect-error: assignment of read-only variable 'k'
int main(void)
{
    const int k = 3;
    k += 2;
    return k;
}
