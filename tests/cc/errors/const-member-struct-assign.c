// expect-error: assignment of read-only variable 'a'
struct p { const int k; };
struct p a, b;
int main(void)
{
    a = b;
    return 0;
}
