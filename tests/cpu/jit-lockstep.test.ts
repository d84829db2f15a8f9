// Differential test of the block compiler: the same random programs run on two
// CPUs, one with compiled blocks and one interpreting, in ring 3 with paging,
// timer interrupts, port output, a page fault and self-modifying code. Both
// are driven by the same sequence of small run() budgets, and the full
// architectural state is compared after each one (so at block boundaries and
// inside blocks cut short by the budget), then memory and port output.
import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { makeCpu, poke, setGate, setupProtected, enterRing3 } from './helpers.ts';
import { CODE, COUNTERS, DATA, HANDLERS, REGION_PROGRAM, UNMAPPED, USER_STACK, machine, randomProgram, rng, state } from './jit-lockstep-programs.ts';

describe('compiled blocks in lockstep with the interpreter', () => {
  it('agree on every register, flag, count, memory byte and port write at every boundary', () => {
    let compiledBlocks = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const program = randomProgram(rng(seed), 30);
      const jit = machine(program, true), ref = machine(program, false);
      expect(state(jit.h)).toBe(state(ref.h));
      const budgets = rng(seed * 977);
      for (let step = 0; step < 1500; step++) {
        const budget = 1 + Math.floor(budgets() * (step % 7 === 0 ? 400 : 40));
        // A timer interrupt now and then, raised at the same point in both.
        if (step % 37 === 0) { jit.h.pic.pending.push(0x20); ref.h.pic.pending.push(0x20); }
        const a = jit.h.cpu.run(budget), b = ref.h.cpu.run(budget);
        if (a !== b || state(jit.h) !== state(ref.h)) {
          expect(`seed ${seed} step ${step}: ${a} ${state(jit.h)}`).toBe(`seed ${seed} step ${step}: ${b} ${state(ref.h)}`);
        }
      }
      expect(Buffer.compare(jit.h.mem.ram, ref.h.mem.ram), `seed ${seed}: RAM differs`).toBe(0);
      expect(jit.h.io.writes).toEqual(ref.h.io.writes);
      // The programs did fault, take interrupts and loop.
      expect(new DataView(ref.h.mem.ram.buffer).getUint32(COUNTERS, true), `seed ${seed} page faults`).toBeGreaterThan(0);
      expect(new DataView(ref.h.mem.ram.buffer).getUint32(COUNTERS + 4, true), `seed ${seed} timer`).toBeGreaterThan(0);
      compiledBlocks += jit.h.cpu.blocks.compiled;
      expect(ref.h.cpu.blocks.compiled).toBe(0);
    }
    expect(compiledBlocks).toBeGreaterThan(100);
  });

  it('agree on a region with loops, calls, an indirect jump, faults and a self-modifying store, at every budget', () => {
    const jit = machine(REGION_PROGRAM, true), ref = machine(REGION_PROGRAM, false);
    const budgets = rng(4242);
    let before = { insns: 0, interpreted: 0, runs: 0 };
    for (let step = 0; step < 3000; step++) {
      if (step === 2500) before = { insns: jit.h.cpu.instructionCount, interpreted: jit.h.cpu.blocks.interpreted, runs: jit.h.cpu.blocks.blockRuns };
      // Short budgets end regions anywhere; long ones let them run.
      const budget = step >= 2500 ? 20000 : 1 + Math.floor(budgets() * (step % 5 === 0 ? 300 : 30));
      if (step % 41 === 0) { jit.h.pic.pending.push(0x20); ref.h.pic.pending.push(0x20); }
      const a = jit.h.cpu.run(budget), b = ref.h.cpu.run(budget);
      if (a !== b || state(jit.h) !== state(ref.h)) {
        expect(`step ${step}: ${a} ${state(jit.h)}`).toBe(`step ${step}: ${b} ${state(ref.h)}`);
      }
    }
    expect(Buffer.compare(jit.h.mem.ram, ref.h.mem.ram), 'RAM differs').toBe(0);
    const counters = new DataView(ref.h.mem.ram.buffer);
    expect(counters.getUint32(COUNTERS, true), 'page faults').toBeGreaterThan(10);
    // The store rewrote the immediate (ESI is 0x11111111 only until then), and regions were retired for it.
    expect(jit.h.cpu.codePages.generation[CODE >>> 12]).toBeGreaterThan(1);
    // Regions, not single blocks: with long budgets, many instructions per call into compiled code.
    const blocks = jit.h.cpu.blocks;
    const compiled = jit.h.cpu.instructionCount - before.insns - (blocks.interpreted - before.interpreted);
    expect(compiled / (blocks.blockRuns - before.runs)).toBeGreaterThan(200);
  });

  it('notices code written into RAM from outside between runs', () => {
    const h = makeCpu();
    setupProtected(h, { paging: true });
    h.cpu.blocks.enabled = true;
    // mov eax, 1; inc eax; jmp $-1 (back to inc): a hot loop that is compiled.
    poke(h.mem, 0x1000, [0xb8, 1, 0, 0, 0, 0x40, 0xeb, 0xfd]);
    h.cpu.eip = 0x1000;
    h.cpu.run(1000);
    expect(h.cpu.blocks.compiled).toBeGreaterThan(0);
    // Now dec instead of inc.
    poke(h.mem, 0x1005, [0x48]);
    const before = h.cpu.regs[0];
    h.cpu.run(10); // five times dec, jmp
    expect(h.cpu.regs[0]).toBe(before - 5);
  });

  it('delivers a fault inside a compiled block at the faulting instruction, with the state before it', () => {
    const run = (jit: boolean) => {
      const h = makeCpu();
      setupProtected(h, { paging: true, pageFlags: (p) => ((p << 12) === UNMAPPED ? 0 : 7) });
      h.cpu.blocks.enabled = jit;
      // l: mov esi, [ebx]; add eax, 1; mov ecx, [esi]; add eax, 1; dec edx; jnz l; jmp $
      poke(h.mem, CODE, assembleFlatBinary('l: mov esi, [ebx]\nadd eax, 1\nmov ecx, [esi]\nadd eax, 1\ndec edx\njnz l\njmp $', CODE));
      poke(h.mem, HANDLERS, [0xeb, 0xfe]); // #PF handler: jmp $
      setGate(h, 14, HANDLERS);
      h.cpu.regs[3] = DATA;
      h.cpu.regs[2] = 100000;
      h.cpu.regs[0] = 0;
      new DataView(h.mem.ram.buffer).setUint32(DATA, DATA + 8, true);
      enterRing3(h, CODE, USER_STACK);
      h.cpu.run(600);
      new DataView(h.mem.ram.buffer).setUint32(DATA, UNMAPPED, true); // data, not code: the block stays
      h.cpu.run(100);
      return h;
    };
    const jit = run(true), ref = run(false);
    expect(jit.cpu.blocks.compiled).toBeGreaterThan(0);
    expect(state(jit)).toBe(state(ref));
    const c = jit.cpu;
    expect(c.cr2).toBe(UNMAPPED);
    const frame = new DataView(jit.mem.ram.buffer, c.regs[4] >>> 0);
    expect(frame.getUint32(4, true)).toBe(CODE + 5); // the saved EIP: mov ecx, [esi]
    expect(c.regs[0] & 1).toBe(1); // one ADD of the faulting pass done, not the second
  });
});
