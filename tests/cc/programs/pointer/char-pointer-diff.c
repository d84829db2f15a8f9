// expect: exit 11
int main(void) { char *s = "hello world"; char *e = s; while (*e) e++; return e - s; }
