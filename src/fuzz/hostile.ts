// Hand-shaped hostile inputs, each family scaled by the RNG: include and macro
// bombs, deep expressions, enormous names and literals, huge data directives.
// Each returns the main file's text plus any files it includes.
import type { Rng } from './rng.ts';

export interface HostileInput { text: string; extra: Record<string, string> }

const only = (text: string): HostileInput => ({ text, extra: {} });

export function hostileC(rng: Rng): HostileInput {
  const n = rng.logInt(100_000);
  switch (rng.int(0, 9)) {
    case 0: { // include bomb: each level includes the next one twice, guarded or not
      const levels = rng.int(2, 32);
      const guard = rng.pick(['none', 'ifndef', 'once']);
      const extra: Record<string, string> = {};
      for (let d = 0; d < levels; d++) {
        const body = d < levels - 1 ? `#include "h${d + 1}.h"\n#include "h${d + 1}.h"\n` : 'int leaf;\n';
        extra[`h${d}.h`] = guard === 'ifndef' ? `#ifndef H${d}\n#define H${d}\n${body}#endif\n` : guard === 'once' ? `#pragma once\n${body}` : body;
      }
      return { text: '#include "h0.h"\nint main(void) { return 0; }\n', extra };
    }
    case 1: { // macro bomb: each level expands to k copies of the next
      const levels = rng.int(2, 40), k = rng.int(2, 6), fn = rng.chance(0.5);
      const defs = Array.from({ length: levels }, (_, i) =>
        fn ? `#define m${i}(x) ${`m${i + 1}(x) `.repeat(k)}\n` : `#define m${i} ${`m${i + 1} `.repeat(k)}\n`).join('');
      return only(`${defs}int main(void) { return ${fn ? 'm0(1)' : 'm0'}; }\n`);
    }
    case 2: return only(`int main(void) { return ${'('.repeat(n)}1${')'.repeat(n)}; }\n`);
    case 3: return only(`int main(void) { return 1${'+1'.repeat(n)}; }\n`);
    case 4: return only(`int ${'v'.repeat(n * 3)};\nint main(void) { return 0; }\n`);
    case 5: return only(`char *s = "${'x'.repeat(n * 10)}";\nint main(void) { return s[0]; }\n`);
    case 6: return only(`int main(void) { ${'{'.repeat(n)}${'}'.repeat(n)} return 0; }\n`);
    case 7: return only(`int main(void) { asm("mov eax, ${'-'.repeat(n)}1"); return 0; }\n`);
    case 8: return only(`#define ID(x) x\nint a[] = { ID(${'1,'.repeat(n)}) 0 };\nint main(void) { return 0; }\n`);
    default: return only(`#if ${'('.repeat(n % 20_000)}1${')'.repeat(n % 20_000)}\nint main(void) { return 0; }\n#endif\n`);
  }
}

// Statement counts stay at 5,000: a long forward-equate chain costs passes x statements
// (up to 64 passes), which is slow but bounded, not a hang.
export function hostileAsm(rng: Rng): HostileInput {
  const n = rng.logInt(100_000);
  const prog = (body: string) => only(`section .text\nglobal _start\n_start:\n${body}\n  ret\n`);
  switch (rng.int(0, 9)) {
    case 0: return prog(`  mov eax, ${'('.repeat(n)}1${')'.repeat(n)}`);
    case 1: return prog(`  mov eax, 1${'+1'.repeat(n)}`);
    case 2: return prog(`  mov eax, ${rng.pick(['-', '~', '+']).repeat(n)}1`);
    case 3: return prog(`${'l'.repeat(n * 3)}:\n  jmp ${'l'.repeat(n * 3)}`);
    case 4: return prog(`  times ${rng.pick(['0x7fffffff', '16777216', '-1', String(n * 100)])} db 0`);
    case 5: return prog(`section .bss\n  resb ${rng.pick(['0xffffffff', '0x10000000', String(n * 1000)])}`);
    case 6: return prog(Array.from({ length: Math.min(n, 5_000) }, (_, i) => `e${i} equ e${i + 1} + 1`).join('\n') + `\ne${Math.min(n, 5_000)} equ 1\n  mov eax, e0`);
    case 7: return prog(`  align ${rng.pick(['0x40000000', '3', '0', String(n)])}`);
    case 8: return prog(`  db "${'x'.repeat(n * 10)}"`);
    default: return prog(Array.from({ length: Math.min(n, 5_000) }, (_, i) => `L${i}: jmp L${Math.min(n, 5_000) - 1 - i}`).join('\n'));
  }
}
