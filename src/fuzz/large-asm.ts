// A large, valid assembly program made from a seed: functions with local labels,
// short and long jumps in both directions, calls, memory operands naming data
// symbols, equates, data, `times`, `align` and reserved space. It measures the
// assembler on big inputs (scripts/asm-speed.ts) and bounds its work in tests.
import { Rng } from './rng.ts';

const REGS = ['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi'];
const BYTE_REGS = ['al', 'bl', 'cl', 'dl'];
const CONDITIONS = ['je', 'jne', 'jl', 'jge', 'jb', 'jae', 'jz', 'jnz'];

/** About `lines` lines of assembly (within a few per cent). */
export function largeAssembly(lines: number, seed = 1): string {
  const rng = new Rng(seed);
  const functions = Math.max(1, Math.floor(lines / 50));
  const datas = Math.max(1, Math.floor(lines / 200));
  const text: string[] = ['bits 32', 'section .text', 'global _start', `LIMIT equ ${datas * 4}`, '_start:', '    call f0', '    ret'];
  const data: string[] = ['section .data'];
  const bss: string[] = ['section .bss'];
  for (let d = 0; d < datas; d++) {
    data.push(`d${d}: dd ${rng.int(0, 0xffff)}, f${rng.int(0, functions - 1)}, d${rng.int(0, datas - 1)} + 4`);
    if (rng.chance(0.3)) data.push(`    db "item ${d}", 0`, '    align 4');
    if (rng.chance(0.1)) data.push(`    times ${rng.int(1, 8)} dw 0x${rng.int(0, 0xffff).toString(16)}`);
    if (rng.chance(0.2)) bss.push(`b${d}: resd ${rng.int(1, 16)}`);
  }
  const bssNames = bss.slice(1).map((l) => l.slice(0, l.indexOf(':')));
  for (let f = 0; f < functions; f++) {
    text.push('', `global f${f}`, `f${f}:`, '    push ebp', '    mov ebp, esp', '    sub esp, 16');
    const labels = rng.int(3, 8);
    for (let l = 0; l < labels; l++) {
      text.push(`.L${l}:`);
      const body = rng.int(4, 9);
      for (let i = 0; i < body; i++) text.push(`    ${instruction(rng, f, functions, l, labels, datas, bssNames)}`);
    }
    text.push('    mov esp, ebp', '    pop ebp', '    ret');
    if (rng.chance(0.2)) text.push('    align 16');
  }
  return [...text, '', ...data, '', ...bss, ''].join('\n');
}

function instruction(rng: Rng, f: number, functions: number, label: number, labels: number, datas: number, bss: string[]): string {
  const r = rng.pick(REGS), s = rng.pick(REGS);
  const d = `d${rng.int(0, datas - 1)}`;
  switch (rng.int(0, 19)) {
    case 0: return `mov ${r}, [ebp+${4 * rng.int(2, 6)}]`;
    case 1: return `mov dword [ebp-${4 * rng.int(1, 4)}], ${rng.int(-200, 70000)}`;
    case 2: return `add ${r}, ${rng.chance(0.5) ? rng.int(-128, 127) : rng.int(128, 100000)}`;
    case 3: return `cmp ${r}, ${s}`;
    case 4: return `${rng.pick(CONDITIONS)} .L${rng.int(0, labels - 1)}`;
    case 5: return `jmp .L${Math.min(labels - 1, label + 1)}`;
    case 6: return `call f${rng.int(0, functions - 1)}`;
    case 7: return `mov ${r}, [${d}]`;
    case 8: return `mov ${r}, ${d} + ${4 * rng.int(0, 2)}`;
    case 9: return `lea ${r}, [${s}+${r}*${rng.pick([1, 2, 4, 8])}+${rng.int(0, 300)}]`;
    case 10: return `movzx ${r}, byte [${s}+${rng.int(0, 3)}]`;
    case 11: return `imul ${r}, ${s}, ${rng.int(2, 1000)}`;
    case 12: return `shl ${r}, ${rng.int(1, 31)}`;
    case 13: return `push dword ${rng.int(0, 5000)}`;
    case 14: return `pop ${r}`;
    case 15: return `mov [${d}+${r}*4], ${s}`;
    case 16: return `test ${rng.pick(BYTE_REGS)}, ${rng.int(1, 255)}`;
    case 17: return `cmp ${r}, LIMIT`;
    case 18: return bss.length ? `inc dword [${rng.pick(bss)}]` : `inc ${r}`;
    default: return `xor ${r}, ${s}`;
  }
}
