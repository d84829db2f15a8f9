// expect-warning: division by zero [-Wdiv-by-zero]
int main(int argc, char **argv)
{
    return argc / 0;
}
