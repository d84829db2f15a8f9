// expect-warning: format '%u' expects argument of type 'unsigned int', but argument 3 has type 'long long int' [-Wformat=]
int sprintf(char *buf, const char *fmt, ...);
int main(void) { char b[32]; long long v = 5; sprintf(b, "%u", v); return b[0] == 0; }
