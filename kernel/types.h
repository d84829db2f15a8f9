/* types.h: fixed-size integer names used throughout the kernel (i386: int and long are 32 bits). */
#ifndef KERNEL_TYPES_H
#define KERNEL_TYPES_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef signed char s8;
typedef short s16;
typedef int s32;

#define NULL 0

#endif
