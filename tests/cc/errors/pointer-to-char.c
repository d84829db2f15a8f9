// expect-error: assignment to 'char' from 'char *' makes integer from pointer without a cast [-Wint-conversion]
int main(void)
{
    char buf[4];
    buf[0] = "a";
    return buf[0];
}
