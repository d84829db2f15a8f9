// expect-error: assignment of read-only location
const int table[3] = { 1, 2, 3 };
int main(void)
{
    table[0] = 9;
    return 0;
}
