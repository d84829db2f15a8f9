// expect-error: conversion to non-scalar type 'struct s' requested
struct s { int a; };
int main(void)
{
    struct s v = (struct s)1;
    return 0;
}
