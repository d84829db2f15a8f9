// expect-error: invalid operand to '~' (have 'char *')
int main(void)
{
    char *p = 0;
    return ~p != 0;
}
