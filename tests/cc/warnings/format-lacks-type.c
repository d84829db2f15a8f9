// expect-warning: conversion lacks type at end of format [-Wformat=]
#include <stdio.h>
int main(void) { printf("%l"); return 0; }
