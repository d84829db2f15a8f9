// expect: exit 0
// expect-output: 0000: 48 65 6c 6c 6f 2c 20 68  Hello, h
// expect-output: 0008: 65 78 21 0a 09 54 41 42  ex!..TAB
// expect-output: 0010: 0a                       .
// stdin: Hello, hex!
// stdin: 	TAB
/* A hex dump of stdin, 8 bytes a line, formatted with snprintf. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
  unsigned char b[8];
  int n, off = 0;
  while ((n = (int)fread(b, 1, 8, stdin)) > 0) {
    char line[80];
    int len = snprintf(line, sizeof line, "%04x:", off);
    for (int i = 0; i < 8; i++)
      len += i < n ? snprintf(line + len, sizeof line - len, " %02x", b[i]) : snprintf(line + len, sizeof line - len, "   ");
    len += snprintf(line + len, sizeof line - len, "  ");
    for (int i = 0; i < n; i++) line[len++] = isprint(b[i]) ? (char)b[i] : '.';
    line[len] = 0;
    puts(line);
    off += n;
  }
  return 0;
}
