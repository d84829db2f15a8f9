// expect-error: passing argument 2 of 'copy' makes pointer from integer without a cast [-Wint-conversion]
void copy(char *dst, const char *src);
int main(void)
{
    char b[4];
    copy(b, 'x');
    return 0;
}
