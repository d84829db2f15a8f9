// expect-error: conflicting types for 'shared'
int main(void)
{
    extern int shared;
    return shared;
}
char shared;
