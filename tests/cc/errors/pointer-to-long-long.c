// expect-error: initialization of 'long long int' from 'char *' makes integer from pointer without a cast [-Wint-conversion]
int main(void)
{
    long long v = "x";
    return v != 0;
}
