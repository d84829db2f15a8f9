// expect-error: returning 'int' from a function with return type 'char *' makes pointer from integer without a cast [-Wint-conversion]
char *f(int x)
{
    return x;
}
int main(void) { return 0; }
