// The interpreter runs decoded instructions through their semantic functions;
// with an instruction hook set it calls the hook before each one (and
// compiled blocks are off). Both runs must execute the same instructions
// identically, and the hook must see each one, decoded.
import { describe, it, expect } from 'vitest';
import { makeCpu, runCode, hex } from './helpers.ts';
import { instructionHook, setInstructionHook } from '../../src/cpu/dispatch.ts';
import { decodeInsn } from '../../src/isa/decoder.ts';

// Common instructions in several operand shapes and sizes, run from a state
// with memory at EBX/EBP and a stack.
const SAMPLES = [
  '8b 43 04', '89 43 08', '53', '5a', 'be 78 56 34 12', '01 43 04', '29 d8', '39 d9', '31 c0',
  '03 43 04', '2b 4b 08', '39 d8 7c 02 90 90', '39 d8 73 02 90 90', '40', '4b', 'eb 01 90',
  '81 43 04 00 01 00 00', '83 e9 07', '88 43 0c', '0f b6 43 04', '0f af c3', '0f 8f 00 00 00 00',
  'c1 e0 03', '8d 44 9b 10', 'f7 d8', '66 01 d8',
];

function runSample(code: string): { regs: number[]; eflags: number; mem: number[]; eip: number } {
  const h = makeCpu();
  h.cpu.regs.set([0x11, 0x7fffffff, 0x33, 0x8000, 0x90000, 0x9000, 0x66, 0x77]);
  h.cpu.regs[3] = 0x8000; // EBX: data
  h.mem.ram.set([1, 2, 3, 4, 0xf0, 0xff, 0xff, 0x7f, 9, 10, 11, 12, 13, 14, 15, 16], 0x8000);
  runCode(h, 0x1000, hex(code + ' f4'));
  return {
    regs: Array.from(h.cpu.regs),
    eflags: h.cpu.getEflags(),
    mem: Array.from(h.mem.ram.subarray(0x8000, 0x8010)).concat(Array.from(h.mem.ram.subarray(0x8ff0, 0x9000))),
    eip: h.cpu.eip,
  };
}

describe('dispatch', () => {
  it('has no instruction hook unless one is set', () => {
    expect(instructionHook()).toBe(null);
    const fn = () => {};
    setInstructionHook(fn);
    try {
      expect(instructionHook()).toBe(fn);
    } finally {
      setInstructionHook(null);
    }
    expect(instructionHook()).toBe(null);
  });

  for (const code of SAMPLES) {
    // (the expectation below: the hook saw the first instruction of the sample)
    it(`${code}: runs the same with and without the hook, which sees it decoded`, () => {
      const direct = runSample(code);
      const bytes = hex(code);
      const first = decodeInsn((i) => bytes[i] ?? -1, 32);
      if (typeof first === 'string') throw new Error(`sample ${code} does not decode: ${first}`);
      let calls = 0;
      setInstructionHook((_cpu, insn) => { if (insn.form === first.form && insn.length === first.length) calls++; });
      let table;
      try {
        table = runSample(code);
      } finally {
        setInstructionHook(null);
      }
      expect(calls).toBeGreaterThan(0);
      expect(table).toEqual(direct);
    });
  }
});
