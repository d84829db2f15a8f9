// expect-warning: initialization discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
int main(void)
{
    const char *msg = "hi";
    char *p = msg;
    return p[0] != 104;
}
