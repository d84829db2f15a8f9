// testCondition's compare shortcut (after a dword CMP/SUB/SBB/NEG) must agree
// with the conditions derived from the materialised EFLAGS.
import { describe, it, expect } from 'vitest';
import { makeCpu, runCode, hex } from './helpers.ts';

const CF = 1, PF = 4, ZF = 0x40, SF = 0x80, OF = 0x800;

/** The condition `cc` evaluated from an EFLAGS value, as the manual defines it. */
function fromFlags(cc: number, f: number): boolean {
  const cf = (f & CF) !== 0, zf = (f & ZF) !== 0, sf = (f & SF) !== 0, of = (f & OF) !== 0, pf = (f & PF) !== 0;
  const t = [of, cf, zf, cf || zf, sf, pf, sf !== of, zf || sf !== of][cc >> 1]!;
  return (cc & 1) === 0 ? t : !t;
}

const EDGE = [0, 1, 2, 0x7f, 0x80, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 0x12345678, 0xedcba987];

describe('conditions after dword arithmetic', () => {
  const cases: [string, string][] = [
    ['cmp eax, ebx', '39 d8'],
    ['sub eax, ebx', '29 d8'],
    ['sbb eax, ebx (CF=0)', 'f8 19 d8'],
    ['sbb eax, ebx (CF=1)', 'f9 19 d8'],
    ['neg eax', 'f7 d8'],
  ];
  for (const [name, code] of cases) {
    it(`${name}: every condition matches EFLAGS`, () => {
      const h = makeCpu();
      for (const a of EDGE) {
        for (const b of EDGE) {
          h.cpu.regs[0] = a | 0;
          h.cpu.regs[3] = b | 0;
          runCode(h, 0x1000, hex(code + ' f4'));
          for (let cc = 0; cc < 16; cc++) {
            const fast = h.cpu.testCondition(cc);
            expect(fast, `${name} a=${a.toString(16)} b=${b.toString(16)} cc=${cc}`).toBe(fromFlags(cc, h.cpu.getEflags()));
          }
          h.cpu.halted = false;
        }
      }
    });
  }
});
