// expect-error: incompatible types when assigning to type 'char *' from type 'double'
int main(void) { char *p; double d = 0.0; p = d; return p != 0; }
