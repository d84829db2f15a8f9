// expect-error: assignment to 'int' from 'char *' makes integer from pointer without a cast [-Wint-conversion]
int main(void)
{
    int x;
    x = "text";
    return x;
}
