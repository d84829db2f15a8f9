// expect-error: redefinition of 'i'
int main(void)
{
    int i = 0;
    char i = 1;
    return i;
}
