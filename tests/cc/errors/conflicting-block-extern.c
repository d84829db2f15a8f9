// expect-error: conflicting types for 'shared'; have 'char'
int main(void)
{
    extern int shared;
    return shared;
}
char shared;
