// expect-error: assignment of read-only variable 'limit'
const int limit = 10;
int main(void)
{
    limit = 11;
    return 0;
}
