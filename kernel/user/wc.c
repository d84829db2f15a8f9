/* wc.c: counts the lines, words and characters of its standard input, as
 * K&R's word count does, and prints them like Unix wc.
 * Expected: `echo one two | wc` shows 1 line, 2 words, 8 characters as
 * "      1       2       8"; status 0 (2 if given arguments). */
#include <stdio.h>

#define IN  1   /* inside a word */
#define OUT 0   /* outside a word */

int main(int argc, char **argv)
{
    int c;
    int lines = 0;
    int words = 0;
    int chars = 0;
    int state = OUT;
    if (argc != 1) {
        printf("usage: wc (counts standard input)\n");
        return 2;
    }
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n')
            lines++;
        if (c == ' ' || c == '\n' || c == '\t') {
            state = OUT;
        } else if (state == OUT) {
            state = IN;
            words++;
        }
    }
    printf("%7d %7d %7d\n", lines, words, chars);
    return 0;
}
