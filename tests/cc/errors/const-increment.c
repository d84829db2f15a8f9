// expect-error: increment of read-only variable 'k'
int main(void)
{
    const int k = 3;
    k++;
    return k;
}
