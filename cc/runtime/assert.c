/* assert.c: the failure path of assert(). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void __assert_fail(const char *expr, const char *file, int line) {
  /* The file's base name: __FILE__ is whatever path the compiler was given. */
  const char *slash = strrchr(file, '/');
  printf("assertion failed: %s (%s:%d)\n", expr, slash ? slash + 1 : file, line);
  exit(134);
}
