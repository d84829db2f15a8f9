// expect-warning: pointer targets in assignment from 'unsigned char *' to 'char *' differ in signedness [-Wpointer-sign]
int main(void)
{
    unsigned char buf[2] = {1, 2};
    char *p;
    p = buf;
    return p[0] - 1;
}
