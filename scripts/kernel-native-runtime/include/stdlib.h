/* stdlib.h (native build shim): only what the kernel's bundled programs use. */
#ifndef NATIVE_STDLIB_H
#define NATIVE_STDLIB_H
void exit(int status);
#endif
