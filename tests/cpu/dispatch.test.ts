// The run loop calls the hot opcodes directly and the rest through OPCODES;
// with an instruction hook set it calls every handler through the table (and
// compiled blocks are off). Both paths must execute the same instructions
// identically, and the hook must see each one.
import { describe, it, expect } from 'vitest';
import { makeCpu, runCode, hex } from './helpers.ts';
import { instructionHook, setInstructionHook } from '../../src/cpu/dispatch.ts';

// One sample per case of the loop's switch (plus a table-only opcode), run
// from a state with memory at EBX/EBP and a stack.
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
    it(`${code}: the direct path and the table path agree`, () => {
      const direct = runSample(code);
      // A hook sends the run through the table; it sees the sample's first byte.
      const first = parseInt(code.slice(0, 2), 16);
      let calls = 0;
      setInstructionHook((_cpu, op) => { if (op === first) calls++; });
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
