// The x87 in the core: CR0.EM/MP/TS/NE, #MF on the next waiting
// instruction, FNSAVE/FRSTOR images (32- and 16-bit), the tag word, stack
// overflow and underflow. Results themselves are held to the host FPU by
// tests/cpu-vectors/x87-replay.test.ts.

import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { x87FormName } from '../../src/cpu/x87/dispatch.ts';
import { type Harness, makeCpu, peek16, peek32, poke, setGate, setupProtected } from './helpers.ts';

const CODE = 0x8000, DATA = 0x20000, STUBS = 0x7000;
const CR0_MP = 2, CR0_EM = 4, CR0_TS = 8, CR0_NE = 32;
const SW_IE = 0x01, SW_ZE = 0x04, SW_SF = 0x40, SW_ES = 0x80, SW_C1 = 0x200, SW_B = 0x8000;

interface Delivery { vector: number; eip: number }

/** Ring 0, flat, every exception vector gated to a HLT stub; CR0 as given. */
function fpuHarness(cr0Bits: number): Harness & { events: Delivery[] } {
  const h = makeCpu();
  setupProtected(h);
  for (let v = 0; v < 32; v++) {
    poke(h.mem, STUBS + v * 16, [0xf4]);
    setGate(h, v, STUBS + v * 16);
  }
  h.cpu.cr0 = (h.cpu.cr0 & ~(CR0_MP | CR0_EM | CR0_TS | CR0_NE)) | cr0Bits;
  const events: Delivery[] = [];
  h.cpu.hooks = { onInterrupt: (vector, _code, eip) => events.push({ vector, eip }) };
  return Object.assign(h, { events });
}

/** Assembles `asm` at CODE, runs to its HLT (or a fault's stub); returns the code's bytes. */
function run(h: Harness, asm: string, budget = 200): Uint8Array {
  const code = assembleFlatBinary(`${asm}\nhlt`, CODE);
  poke(h.mem, CODE, code);
  h.cpu.halted = false;
  h.cpu.eip = CODE;
  h.cpu.run(budget);
  return code;
}

/** Offset of the instruction after the first `n` lines of `asm` (assembled alone). */
function offsetAfter(asm: string, n: number): number {
  return assembleFlatBinary(asm.trim().split('\n').slice(0, n).join('\n'), CODE).length;
}

const f64 = (h: Harness, at: number): number => new DataView(h.mem.ram.buffer).getFloat64(at, true);

describe('x87: CR0 and WAIT', () => {
  it('raises #NM for ESC with EM=1 or TS=1, and runs it with both clear', () => {
    for (const [bits, vector] of [[CR0_EM, 7], [CR0_TS, 7], [CR0_EM | CR0_MP, 7], [CR0_MP, -1], [0, -1]] as const) {
      const h = fpuHarness(bits);
      run(h, 'fld1');
      expect(h.events[0]?.vector ?? -1, `cr0 bits ${bits}`).toBe(vector);
      if (vector === 7) expect(h.events[0]!.eip).toBe(CODE);
    }
  });

  it('WAIT raises #NM only with MP=1 and TS=1 (EM does not matter)', () => {
    for (const [bits, vector] of [[CR0_MP | CR0_TS, 7], [CR0_TS, -1], [CR0_EM, -1], [CR0_EM | CR0_MP, -1]] as const) {
      const h = fpuHarness(bits);
      run(h, 'fwait');
      expect(h.events[0]?.vector ?? -1, `cr0 bits ${bits}`).toBe(vector);
    }
  });

  it('CLTS clears TS so the next ESC runs (the lazy-switch handshake)', () => {
    const h = fpuHarness(CR0_MP | CR0_TS | CR0_NE);
    run(h, `clts\nfninit\nfld1\nfstp qword [${DATA}]`);
    expect(h.events).toEqual([]);
    expect(h.cpu.cr0 & CR0_TS).toBe(0);
    expect(f64(h, DATA)).toBe(1);
  });

  it('keeps EM set in the multiboot hand-off state (the kernel decides)', () => {
    const h = makeCpu();
    expect(h.cpu.cr0 & CR0_EM).toBe(CR0_EM);
  });

  it('decodes through the one table: every ESC ModRM byte names a table form or is #UD', () => {
    expect(x87FormName(0xd9, 0xe8)).toBe('fld1');
    expect(x87FormName(0xde, 0xd9)).toBe('fcompp');
    expect(x87FormName(0xdd, 0x35)).toBe('fnsave');
    expect(x87FormName(0xd9, 0xd8)).toBeNull(); // D9 D8+i is not in the table
    const h = fpuHarness(CR0_NE);
    poke(h.mem, CODE, [0xd9, 0xd8, 0xf4]);
    h.cpu.eip = CODE;
    h.cpu.run(5);
    expect(h.events[0]).toEqual({ vector: 6, eip: CODE });
  });
});

describe('x87: unmasked exceptions and #MF', () => {
  const divideByZero = `
    fninit
    fnstcw word [${DATA}]
    and word [${DATA}], 0xfffb
    fldcw word [${DATA}]
    fld1
    fldz
    fdivp st(1), st
    fnstsw word [${DATA + 2}]
    fld1
  `;

  it('sets ES and B at the error and raises #MF on the next waiting instruction (CR0.NE=1)', () => {
    const h = fpuHarness(CR0_NE);
    run(h, divideByZero);
    expect(h.events).toHaveLength(1);
    expect(h.events[0]!.vector).toBe(16);
    // The faulting instruction is the FLD1 after the FNSTSW, not the division.
    expect(h.events[0]!.eip).toBe(CODE + offsetAfter(divideByZero, 8));
    const sw = peek16(h.mem, DATA + 2);
    expect(sw & (SW_ZE | SW_ES | SW_B)).toBe(SW_ZE | SW_ES | SW_B);
    // Unmasked ZE: the destination and the stack are unchanged (1 and 0 are still there).
    expect(h.cpu.fpu.get(0)).toBe(0);
    expect(h.cpu.fpu.get(1)).toBe(1);
  });

  it('FWAIT raises the pending #MF too; FNCLEX clears it so the program goes on', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `${divideByZero.replace(/fld1\s*$/, '')}\nfwait`);
    expect(h.events.map((e) => e.vector)).toEqual([16]);
    const g = fpuHarness(CR0_NE);
    run(g, `${divideByZero.replace(/fld1\s*$/, '')}\nfnclex\nfld1\nfwait`);
    expect(g.events).toEqual([]);
    expect(g.cpu.fpu.statusWord() & (SW_ES | SW_B | SW_ZE)).toBe(0);
  });

  it('with CR0.NE=0 the error stays pending and nothing traps (IGNNE# asserted)', () => {
    const h = fpuHarness(0);
    run(h, `${divideByZero}\nfwait`);
    expect(h.events).toEqual([]);
    expect(h.cpu.fpu.statusWord() & SW_ES).toBe(SW_ES);
  });

  it('FLDCW that unmasks a flag already set makes it pending; FNSAVE and FRSTOR of that state do not trap', () => {
    const h = fpuHarness(CR0_NE);
    const asm = `
      fninit
      fld1
      fldz
      fdivp st(1), st
      mov word [${DATA}], 0x037b
      fldcw word [${DATA}]
      fnsave [${DATA + 0x100}]
      frstor [${DATA + 0x100}]
      fnstsw ax
      fld1
    `;
    run(h, asm);
    expect(h.cpu.regs[0] & (SW_ZE | SW_ES)).toBe(SW_ZE | SW_ES);
    expect(h.events).toEqual([{ vector: 16, eip: CODE + offsetAfter(asm, 9) }]);
  });
});

describe('x87: FNSAVE and FRSTOR', () => {
  it('writes the 108-byte 32-bit image (80-bit registers in stack order), then reinitialises; FRSTOR brings it back', () => {
    const h = fpuHarness(CR0_NE);
    const image = DATA + 0x200;
    run(h, `
      fninit
      fldz
      fld1
      fldpi
      fchs
      fnsave [${image}]
      fnstsw word [${DATA}]
      fnstcw word [${DATA + 2}]
      frstor [${image}]
      fstp qword [${DATA + 8}]
      fstp qword [${DATA + 16}]
    `);
    expect(h.events).toEqual([]);
    expect(peek16(h.mem, image) & 0xffff).toBe(0x037f);           // CW
    expect((peek16(h.mem, image + 4) >> 11) & 7).toBe(5);         // TOP after three pushes
    // Tags by physical register: R7 = 0 (zero), R6 = 1 (valid), R5 = -pi (valid), the rest empty.
    expect(peek16(h.mem, image + 8)).toBe(0b01_00_00_11_11_11_11_11);
    // ST(0) = -pi as an 80-bit real: sign+exponent C000, significand C90FDAA22168C000.
    expect(peek32(h.mem, image + 28)).toBe(0x2168c000);
    expect(peek32(h.mem, image + 32)).toBe(0xc90fdaa2);
    expect(peek16(h.mem, image + 36)).toBe(0xc000);
    // ST(1) = 1.0: 3FFF 8000000000000000.
    expect(peek32(h.mem, image + 42)).toBe(0x80000000);
    expect(peek16(h.mem, image + 46)).toBe(0x3fff);
    // After FNSAVE: FNINIT's state.
    expect(peek16(h.mem, DATA)).toBe(0);
    expect(peek16(h.mem, DATA + 2)).toBe(0x037f);
    expect(f64(h, DATA + 8)).toBe(-Math.PI);
    expect(f64(h, DATA + 16)).toBe(1);
  });

  it('with a 0x66 prefix uses the 94-byte 16-bit layout', () => {
    const h = fpuHarness(CR0_NE);
    const image = DATA + 0x200;
    h.mem.ram.fill(0xaa, image, image + 120);
    run(h, `
      fninit
      fld1
      o16 fnsave [${image}]
      o16 frstor [${image}]
      fstp qword [${DATA}]
    `);
    expect(h.events).toEqual([]);
    expect(peek16(h.mem, image)).toBe(0x037f);
    expect((peek16(h.mem, image + 2) >> 11) & 7).toBe(7);
    expect(peek16(h.mem, image + 4)).toBe(0x3fff); // R7 valid, others empty
    expect(peek16(h.mem, image + 14 + 8)).toBe(0x3fff); // ST(0) = 1.0 right after the 14-byte environment
    expect(h.mem.ram[image + 94]).toBe(0xaa);
    expect(f64(h, DATA)).toBe(1);
  });
});

describe('x87: the tag word and the stack', () => {
  it('tags valid, zero, special and empty', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `
      fninit
      fld1
      fldz
      fld1
      fldz
      fdivp st(1), st
      fnstenv [${DATA}]
    `);
    // ST(0) = +inf (R5, special), ST(1) = 0 (R6, zero), ST(2) = 1 (R7, valid).
    expect(peek16(h.mem, DATA + 8)).toBe(0b00_01_10_11_11_11_11_11);
  });

  it('a ninth push is a stack overflow: IE+SF, C1=1, the indefinite pushed (masked)', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `fninit\n${'fld1\n'.repeat(9)}fnstsw ax\nfstp qword [${DATA}]`);
    expect(h.cpu.regs[0] & (SW_IE | SW_SF | SW_C1)).toBe(SW_IE | SW_SF | SW_C1);
    expect(peek32(h.mem, DATA + 4)).toBe(0xfff80000);
    expect(peek32(h.mem, DATA)).toBe(0);
  });

  it('reading an empty register is a stack underflow: IE+SF, C1=0', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `fninit\nfld1\nfadd st, st(1)\nfnstsw ax\nfstp qword [${DATA}]`);
    expect(h.cpu.regs[0] & (SW_IE | SW_SF | SW_C1)).toBe(SW_IE | SW_SF);
    expect(peek32(h.mem, DATA + 4)).toBe(0xfff80000);
  });

  it('an unmasked stack fault leaves the stack alone and raises #MF at the next waiting instruction', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `
      fninit
      mov word [${DATA}], 0x037e
      fldcw word [${DATA}]
      fadd st, st(1)
      fnstsw ax
      fnop
    `);
    expect(h.cpu.regs[0] & (SW_IE | SW_SF | SW_ES)).toBe(SW_IE | SW_SF | SW_ES);
    expect(h.cpu.fpu.tagWord()).toBe(0xffff);
    expect(h.events.map((e) => e.vector)).toEqual([16]);
  });

  it('records FIP, FOP and FDP for the last non-control instruction', () => {
    const h = fpuHarness(CR0_NE);
    const asm = `fninit\nfld qword [${DATA + 0x40}]\nfnstenv [${DATA}]`;
    run(h, asm);
    expect(peek32(h.mem, DATA + 12)).toBe(CODE + offsetAfter(asm, 1));  // FIP
    expect(peek32(h.mem, DATA + 16) >>> 16).toBe(0x505);                // FOP: DD 05 -> 5 05
    expect(peek32(h.mem, DATA + 20)).toBe(DATA + 0x40);                 // FDP
  });
});

describe('x87: double registers', () => {
  it('FLD m80 rounds a 64-bit significand to the nearest double; FSTP m80 writes a double exactly', () => {
    const h = fpuHarness(CR0_NE);
    // 1 + 2^-63 + 2^-53 + 2^-62: above the halfway point between 1 and 1 + 2^-52.
    poke(h.mem, DATA, [0x01, 0x04, 0, 0, 0, 0, 0, 0x80, 0xff, 0x3f]);
    run(h, `fninit\nfld tword [${DATA}]\nfst qword [${DATA + 16}]\nfstp tword [${DATA + 32}]\nfnstsw ax`);
    expect(f64(h, DATA + 16)).toBe(1 + 2 ** -52);
    expect(Array.from(h.mem.ram.slice(DATA + 32, DATA + 42))).toEqual([0x00, 0x08, 0, 0, 0, 0, 0, 0x80, 0xff, 0x3f]);
    // The rounding happened on the load, silently: a 486 would only flag PE when storing to a double.
    expect(h.cpu.regs[0] & 0x3f).toBe(0);
  });

  it('64-bit precision computes at 53 bits: 1/3 is the double nearest to it, not the 80-bit one', () => {
    const h = fpuHarness(CR0_NE);
    run(h, `fninit\nfld1\nmov dword [${DATA}], 3\nfidiv dword [${DATA}]\nfstp tword [${DATA + 16}]`);
    // A 486 at PC=64 stores AAAAAAAAAAAAAAAB; the double's significand ends in ...AAAA800.
    expect(peek32(h.mem, DATA + 16)).toBe(0xaaaaa800);
    expect(peek32(h.mem, DATA + 20)).toBe(0xaaaaaaaa);
  });
});
