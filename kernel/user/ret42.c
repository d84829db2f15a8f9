/* ret42.c: main's return value becomes the exit status.
 * Expected: no output, exit status 42. */
int main(int argc, char **argv)
{
    return 42;
}
