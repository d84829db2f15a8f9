// Mutations of C and assembly text: small edits that break programs in the
// ways a typo does, and stress edits that blow one feature up (a token repeated
// 100,000 times, nesting thousands deep, an enormous name or literal).
import type { Rng } from './rng.ts';

export const C_WORDS = [
  'int', 'char', 'short', 'long', 'unsigned', 'void', 'struct', 'union', 'enum', 'typedef', 'static', 'extern',
  'const', 'if', 'else', 'while', 'for', 'do', 'switch', 'case', 'default', 'break', 'continue', 'return', 'goto',
  'sizeof', 'asm', 'x', 'main', 'f', 'p', '0', '1', '42', '0x7fffffff', '4294967296', "'a'", "'\\x'", '"s"', '"\\q"',
  '(', ')', '{', '}', '[', ']', ';', ',', '.', '->', '*', '&', '+', '-', '!', '~', '/', '%', '<<', '>>', '<', '>',
  '==', '^', '|', '&&', '||', '?', ':', '=', '+=', '++', '...', '#', '##', '\\', '@', '`', '$',
  '\n#define M(a, ...) a __VA_ARGS__ M\n', '\n#define N N N\n', '\n#if 1\n', '\n#else\n', '\n#endif\n', '\n#include <stdio.h>\n',
  '\n#include "self.c"\n', '\n#pragma once\n', '\n#undef M\n', '\n#error e\n', '/*', '*/', '//', '\n', '1.5', 'long long',
];

export const ASM_WORDS = [
  'mov', 'add', 'jmp', 'call', 'push', 'lea', 'db', 'dw', 'dd', 'dq', 'times', 'align', 'equ', 'resb', 'resd',
  'section .text', 'section .data', 'section .bss', 'global', 'extern', 'eax', 'al', 'ax', 'esp', 'cr0', 'ds',
  'byte', 'dword', 'PTR', 'far', 'short', '[', ']', ',', ':', '+', '-', '*', '/', '%', '(', ')', '<<', '>>', '~',
  '$', '$$', '0', '1', '0xffffffff', '4294967296', "'abcd'", '"str"', 'lbl', '.loc', '_start', 'x:', 'rep', 'lock',
  '%line 1+1 f.c', 'int 0x80', 'ret', 'iret', 'fld', 'st(1)', '\n', ';', '\\', '0x', "'",
];

/** One to four small edits: delete, insert a word, duplicate, truncate, splice, replace a byte. */
export function mutateText(src: string, words: readonly string[], rng: Rng): string {
  let s = src;
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    const at = rng.int(0, s.length);
    const len = rng.int(1, 16);
    switch (rng.int(0, 6)) {
      case 0: s = s.slice(0, at) + s.slice(at + len); break;
      case 1: s = s.slice(0, at) + ' ' + rng.pick(words) + ' ' + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + len).repeat(2) + s.slice(at + len); break;
      case 3: s = s.slice(0, at); break;
      case 4: { const j = rng.int(0, s.length); s = s.slice(0, at) + s.slice(j, j + len) + s.slice(at); break; }
      case 5: s = s.slice(0, at) + String.fromCharCode(rng.int(0, 255)) + s.slice(at + 1); break;
      default: s = s.slice(0, at) + rng.pick(words) + s.slice(at); break;
    }
  }
  return s;
}

/** One stress edit: a word or a slice repeated up to `maxRepeat` times, or wrapped many levels deep. */
export function stressText(src: string, words: readonly string[], rng: Rng, maxRepeat: number): string {
  const at = rng.int(0, src.length);
  const times = rng.logInt(maxRepeat);
  switch (rng.int(0, 3)) {
    case 0: return src.slice(0, at) + rng.pick(words).repeat(times) + src.slice(at);
    case 1: { const len = rng.int(1, 40); return src.slice(0, at) + src.slice(at, at + len).repeat(times) + src.slice(at + len); }
    case 2: {
      const [open, close] = rng.pick([['(', ')'], ['{', '}'], ['[', ']'], ['-', ''], ['~', ''], ['!', ''], ['*', ''], ['1+', '']]);
      const end = Math.min(src.length, at + rng.int(0, 20));
      return src.slice(0, at) + open.repeat(times) + src.slice(at, end) + close.repeat(times) + src.slice(end);
    }
    default: return src.slice(0, at) + rng.pick(['x', 'a_', '_L']).repeat(times) + src.slice(at);
  }
}
