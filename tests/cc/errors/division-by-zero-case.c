// expect-error: expression is not an integer constant
int main(int argc, char **argv)
{
    switch (argc) {
    case 1 / 0: return 1;
    }
    return 0;
}
