// expect-error: implicit declaration of function 'helper' (declare it or include its header)
int f(void)
{
    int helper(int);
    return helper(1);
}
int main(void)
{
    return helper(2);
}
