// Read-modify-write of a dword through the unchecked path (TLB write entry
// present) must give the same memory and flags as the checked path.
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, setGate, runCode, hex, peek32, poke32 } from './helpers.ts';

const DATA = 0x8000;
const CF = 1, ZF = 0x40, SF = 0x80, OF = 0x800;

describe('dword read-modify-write', () => {
  const cases: [string, string, (a: number, b: number) => number][] = [
    ['add [ebx], eax', '01 03', (a, b) => (a + b) | 0],
    ['sub [ebx], eax', '29 03', (a, b) => (a - b) | 0],
    ['xor [ebx], eax', '31 03', (a, b) => a ^ b],
    ['add dword [ebx], imm32', '81 03 ff ff ff 7f', (a) => (a + 0x7fffffff) | 0],
    ['sub dword [ebx], imm8', '83 2b 01', (a) => (a - 1) | 0],
  ];
  for (const [name, code, f] of cases) {
    it(`${name}: the first (checked) and later (unchecked) executions agree`, () => {
      const h = makeCpu();
      setupProtected(h, { paging: true });
      const flags: number[] = [];
      const values = [0x7fffffff, 0x80000000, 0xffffffff];
      for (const v of values) {
        poke32(h.mem, DATA, v);
        h.cpu.regs[3] = DATA;
        h.cpu.regs[0] = 1;
        h.cpu.halted = false;
        runCode(h, 0x1000, hex(code + ' f4'));
        const b = code.startsWith('8') ? 0 : 1;
        expect(peek32(h.mem, DATA) | 0, `${name} on ${v.toString(16)}`).toBe(f(v | 0, b));
        flags.push(h.cpu.getEflags() & (CF | ZF | SF | OF));
      }
      // The first run had no write entry yet (the page became dirty on it); the rest used it.
      expect(h.cpu.tlbWrite[DATA >>> 12]).toBe(DATA + 1);
      // Redo the same three from a fresh CPU, one instruction per CPU (always the checked path).
      values.forEach((v, i) => {
        const fresh = makeCpu();
        setupProtected(fresh, { paging: true });
        poke32(fresh.mem, DATA, v);
        fresh.cpu.regs[3] = DATA;
        fresh.cpu.regs[0] = 1;
        runCode(fresh, 0x1000, hex(code + ' f4'));
        expect(fresh.cpu.getEflags() & (CF | ZF | SF | OF), `${name} flags on ${v.toString(16)}`).toBe(flags[i]);
      });
    });
  }

  it('a store that would fault still restarts with the original flags (no write entry: checked path)', () => {
    const h = makeCpu();
    // Page 8 read-only for ring 0 with CR0.WP: the store faults with #PF.
    setupProtected(h, { paging: true, writeProtect: true, pageFlags: (p) => (p === 8 ? 5 : 7) });
    h.cpu.regs[3] = DATA;
    h.cpu.regs[0] = 1;
    // stc; add [ebx], eax -> #PF, delivered to a HLT stub.
    setGate(h, 14, 0x7000);
    h.mem.ram[0x7000] = 0xf4;
    poke32(h.mem, DATA, 0xffffffff);
    runCode(h, 0x1000, hex('f9  01 03  f4'), 3);
    expect(h.cpu.eip).toBe(0x7001);
    expect(h.cpu.cr2).toBe(DATA);
    const esp = h.cpu.regs[4] >>> 0;
    expect(peek32(h.mem, esp + 4)).toBe(0x1001); // the faulting instruction
    // 0xffffffff + 1 would have set ZF and CF; the pushed flags are STC's.
    expect(peek32(h.mem, esp + 12) & (CF | ZF)).toBe(CF);
    expect(peek32(h.mem, DATA)).toBe(0xffffffff);
  });
});
