// expect-error: assignment of read-only member 'id'
struct rec { const int id; int v; };
int main(void)
{
    struct rec r = { 1, 2 };
    r.id = 5;
    return 0;
}
