// Single-step semantics of run(): a delivery that retires no instruction is a
// step of its own, so a debugger stepping with run(1) stops on the handler's
// first instruction before it executes.
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, setGate, poke, hex, type Harness } from './helpers.ts';

const CODE = 0x100000;
const HANDLER = 0x7000;
const VEC_UD = 6;
const VEC_DB = 1;
const IRQ = 0x20;

/** Ring 0, no paging; the handler for `vectors` is `mov eax, 0x1234; hlt`. */
function harness(vectors: number[]): Harness {
  const h = makeCpu();
  setupProtected(h);
  poke(h.mem, HANDLER, hex('b8 34 12 00 00  f4'));
  for (const v of vectors) setGate(h, v, HANDLER);
  h.cpu.regs[0] = 0;
  return h;
}

function place(h: Harness, code: string): void {
  poke(h.mem, CODE, hex(code));
  h.cpu.eip = CODE;
}

describe('run(1) stops at a handler entry', () => {
  it('delivers a pending IRQ without running the handler', () => {
    const h = harness([IRQ]);
    place(h, 'fb  90  90  f4'); // sti; nop; nop; hlt
    expect(h.cpu.run(1)).toBe(1); // sti
    h.pic.pending.push(IRQ);
    expect(h.cpu.run(1)).toBe(1); // nop: STI holds interrupts back for one instruction
    const count = h.cpu.instructionCount;
    expect(h.cpu.run(1)).toBe(0);
    expect(h.cpu.eip).toBe(HANDLER);
    expect(h.cpu.instructionCount).toBe(count); // a delivery is not an instruction
    expect(h.cpu.regs[0]).toBe(0);
    expect(h.cpu.run(1)).toBe(1);
    expect(h.cpu.regs[0]).toBe(0x1234);
    expect(h.cpu.eip).toBe(HANDLER + 5);
  });

  it('delivers a fault without running the handler', () => {
    const h = harness([VEC_UD]);
    place(h, '0f 0b'); // ud2
    expect(h.cpu.run(1)).toBe(0);
    expect(h.cpu.eip).toBe(HANDLER);
    expect(h.cpu.regs[0]).toBe(0);
    expect(h.cpu.run(1)).toBe(1);
    expect(h.cpu.regs[0]).toBe(0x1234);
  });

  it('wakes a halted CPU and stops at the handler', () => {
    const h = harness([IRQ]);
    place(h, 'fb  f4'); // sti; hlt
    h.cpu.run(10);
    expect(h.cpu.halted).toBe(true);
    h.pic.pending.push(IRQ);
    expect(h.cpu.run(1)).toBe(0);
    expect(h.cpu.halted).toBe(false);
    expect(h.cpu.eip).toBe(HANDLER);
    expect(h.cpu.regs[0]).toBe(0);
  });

  it('stops at the #DB handler for an instruction breakpoint', () => {
    const h = harness([VEC_DB]);
    place(h, '90  90  f4');
    h.cpu.dr[0] = CODE + 1;
    // Enable the breakpoint the way MOV DR7 does, through the CPU's own instruction.
    poke(h.mem, 0x600, hex('b8 01 04 00 00  0f 23 f8  e9')); // DR7 = L0, execute, length 1
    const jmp = CODE - (0x600 + 13);
    poke(h.mem, 0x608 + 1, [jmp & 0xff, (jmp >>> 8) & 0xff, (jmp >>> 16) & 0xff, (jmp >>> 24) & 0xff]);
    h.cpu.eip = 0x600;
    expect(h.cpu.run(3)).toBe(3); // mov eax; mov dr7, eax; jmp CODE
    expect(h.cpu.eip).toBe(CODE);
    h.cpu.regs[0] = 0;
    expect(h.cpu.run(1)).toBe(1); // the first nop
    expect(h.cpu.run(1)).toBe(0); // the breakpoint on the second
    expect(h.cpu.eip).toBe(HANDLER);
    expect(h.cpu.dr[6] & 1).toBe(1);
    expect(h.cpu.regs[0]).toBe(0);
  });

  it('a single-step trap belongs to the instruction it follows', () => {
    const h = harness([VEC_DB]);
    place(h, '90  90  f4');
    h.cpu.setEflags(h.cpu.getEflags() | 0x100); // TF
    expect(h.cpu.run(1)).toBe(1);
    expect(h.cpu.eip).toBe(HANDLER); // the nop ran, then #DB was delivered
    expect(h.cpu.regs[0]).toBe(0);
    expect(h.cpu.dr[6] & 0x4000).toBe(0x4000);
  });

  it('INT n is an instruction: run(1) ends at the handler entry', () => {
    const h = harness([0x80]);
    place(h, 'cd 80');
    expect(h.cpu.run(1)).toBe(1);
    expect(h.cpu.eip).toBe(HANDLER);
    expect(h.cpu.regs[0]).toBe(0);
  });
});

describe('run(N) budget', () => {
  it('counts a fault loop delivery by delivery and returns', () => {
    const h = makeCpu();
    setupProtected(h);
    poke(h.mem, HANDLER, hex('0f 0b')); // the #UD handler is itself ud2
    setGate(h, VEC_UD, HANDLER);
    place(h, '0f 0b');
    const deliveries = h.cpu.deliveryCount;
    expect(h.cpu.run(50)).toBe(0);
    expect(h.cpu.deliveryCount - deliveries).toBe(50);
  });

  it('reaches the same state whether stepped one at a time or run in one slice', () => {
    // A loop that takes a timer IRQ part way; the handler counts in EBX and IRETs.
    const build = () => {
      const h = harness([]);
      poke(h.mem, HANDLER, hex('43  cf')); // inc ebx; iret
      setGate(h, IRQ, HANDLER);
      place(h, 'fb  b9 20 00 00 00  01 c8  49  75 fb  0f 0b'); // sti; mov ecx, 32; l: add eax, ecx; dec ecx; jnz l; ud2
      setGate(h, VEC_UD, CODE + 14); // ud2 -> hlt after it
      poke(h.mem, CODE + 14, [0xf4]);
      return h;
    };
    const big = build();
    const small = build();
    const raiseAt = 40;
    const driveBig = () => {
      big.cpu.run(raiseAt);
      big.pic.pending.push(IRQ);
      while (!big.cpu.halted) big.cpu.run(1000);
    };
    driveBig();
    let steps = 0;
    let raised = false;
    while (!small.cpu.halted) {
      if (small.cpu.instructionCount === raiseAt && !raised) {
        small.pic.pending.push(IRQ);
        raised = true;
      }
      small.cpu.run(1);
      if (++steps > 10_000) throw new Error('stepping did not finish');
    }
    expect(small.cpu.regs[3]).toBe(1);
    expect(Array.from(small.cpu.regs)).toEqual(Array.from(big.cpu.regs));
    expect(small.cpu.instructionCount).toBe(big.cpu.instructionCount);
    expect(small.cpu.eip).toBe(big.cpu.eip);
  });

  it('rejects a bad budget with a readable error', () => {
    const h = makeCpu();
    expect(() => h.cpu.run(-1)).toThrow(/non-negative integer/);
    expect(() => h.cpu.run(1.5)).toThrow(/non-negative integer/);
  });
});
