/* Included by preprocessor tests. */
#ifndef HELPER_H
#define HELPER_H
#define HELPER_VALUE 40
static int helper_twice(int x) { return 2 * x; }
#endif
