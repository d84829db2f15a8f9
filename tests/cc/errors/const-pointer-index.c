// expect-error: assignment of read-only location
int main(void)
{
    const char *s = "abc";
    s[1] = 'x';
    return 0;
}
