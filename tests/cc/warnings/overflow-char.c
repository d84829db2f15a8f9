// expect-warning: overflow in conversion from 'int' to 'char' changes value from '300' to '44' [-Woverflow]
int main(void)
{
    char c = 300;
    return c;
}
