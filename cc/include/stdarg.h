/* stdarg.h: cdecl passes every argument on the stack in 4-byte slots, so a
 * va_list is just a pointer that walks up the caller's argument block. */
#ifndef _STDARG_H
#define _STDARG_H
typedef char *va_list;
#define __va_slot(type) ((sizeof(type) + 3) & ~3)
#define va_start(ap, last) ((ap) = (char *)&(last) + __va_slot(last))
#define va_arg(ap, type) (*(type *)(((ap) += __va_slot(type)) - __va_slot(type)))
#define va_end(ap) ((void)0)
#define va_copy(dst, src) ((dst) = (src))
#endif
