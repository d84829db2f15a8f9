// expect-error: passing argument 1 of 'g' makes pointer from integer without a cast [-Wint-conversion]
int g(int *p);
int main(void)
{
    return g(5);
}
