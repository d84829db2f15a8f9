// expect-warning: unsigned conversion from 'int' to 'unsigned char' changes value from '256' to '0' [-Woverflow]
int main(void)
{
    unsigned char c;
    c = 256;
    return c;
}
