// Host breakpoints (cpu.breakpoints): run() stops before the instruction at
// one, with compiled blocks and without, and the next run() executes it.
// Instruction counts and stop points must be the same in both modes.
import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { type Harness, makeCpu, poke, setupProtected } from './helpers.ts';

const CODE = 0x100000;
const DATA = 0x200000;

// A counting loop (hot enough to be compiled), then a second loop, then hlt.
const PROGRAM = `
  mov ebx, ${DATA}
  mov ecx, 1000
loop1:
  add dword [ebx], 3
  mov eax, [ebx]
  inc edx
mid:
  xor eax, edx
  dec ecx
  jnz loop1
after:
  mov ecx, 50
loop2:
  inc esi
  dec ecx
  jnz loop2
  hlt
`;

function labelAddress(label: string): number {
  const upTo = PROGRAM.slice(0, PROGRAM.indexOf(`${label}:`));
  return CODE + assembleFlatBinary(upTo, CODE).length;
}

function machine(jit: boolean): Harness {
  const h = makeCpu(4 << 20);
  setupProtected(h, { paging: true });
  h.cpu.blocks.enabled = jit;
  poke(h.mem, CODE, assembleFlatBinary(PROGRAM, CODE));
  h.cpu.eip = CODE;
  h.cpu.instructionCount = 0; // setupProtected ran some code: count from here
  return h;
}

/** Runs with big budgets until HLT; records instructionCount and EIP at every stop. */
function stops(h: Harness, budget = 100_000): string[] {
  const out: string[] = [];
  for (let i = 0; i < 10_000 && !h.cpu.halted; i++) {
    h.cpu.run(budget);
    if (h.cpu.breakpointHit) out.push(`${h.cpu.instructionCount}@${h.cpu.eip.toString(16)}`);
  }
  out.push(`end ${h.cpu.instructionCount} eax=${h.cpu.regs[0]} edx=${h.cpu.regs[2]} esi=${h.cpu.regs[6]}`);
  return out;
}

describe('host breakpoints', () => {
  for (const jit of [false, true]) {
    describe(jit ? 'with compiled blocks' : 'interpreter only', () => {
      it('stop before the instruction, and the next run() executes it', () => {
        const h = machine(jit);
        const at = labelAddress('after');
        h.cpu.breakpoints.add(at);
        const ran = h.cpu.run(1_000_000);
        expect(h.cpu.breakpointHit).toBe(true);
        expect(h.cpu.breakpointAddress).toBe(at);
        expect(h.cpu.eip).toBe(at);
        expect(ran).toBe(2 + 1000 * 6); // two movs, then 1000 passes of six instructions
        expect(h.cpu.regs[1]).toBe(0); // ecx: the loop ended, `mov ecx, 50` has not run
        h.cpu.run(1);
        expect(h.cpu.breakpointHit).toBe(false);
        expect(h.cpu.regs[1]).toBe(50);
      });

      it('stop on every pass of a hot loop, in the middle of what would be one block', () => {
        const h = machine(jit);
        h.cpu.breakpoints.add(labelAddress('mid'));
        const s = stops(h);
        expect(s.length).toBe(1001);
        expect(s[0]).toBe(`${2 + 3}@${labelAddress('mid').toString(16)}`);
        expect(s[999]).toBe(`${2 + 999 * 6 + 3}@${labelAddress('mid').toString(16)}`);
      });

      it('stop at a loop start that the loop jumps back to', () => {
        const h = machine(jit);
        h.cpu.breakpoints.add(labelAddress('loop2'));
        expect(stops(h).length).toBe(51);
      });

      it('apply to code compiled before they were set', () => {
        const h = machine(jit);
        h.cpu.run(2 + 500 * 6); // half the loop: compiled by now with blocks on
        if (jit) expect(h.cpu.blocks.compiled).toBeGreaterThan(0);
        h.cpu.breakpoints.add(labelAddress('mid'));
        h.cpu.run(1_000_000);
        expect(h.cpu.breakpointHit).toBe(true);
        expect(h.cpu.instructionCount).toBe(2 + 500 * 6 + 3);
        h.cpu.breakpoints.remove(labelAddress('mid'));
        h.cpu.run(1_000_000);
        expect(h.cpu.halted).toBe(true);
        expect(h.cpu.breakpointHit).toBe(false);
      });

      it('let resumeFromBreakpoint() run the instruction at EIP once', () => {
        const h = machine(jit);
        h.cpu.breakpoints.add(CODE);
        expect(h.cpu.run(10)).toBe(0);
        expect(h.cpu.breakpointHit).toBe(true);
        const again = machine(jit);
        again.cpu.breakpoints.add(CODE);
        again.cpu.resumeFromBreakpoint();
        expect(again.cpu.run(10)).toBe(10);
      });

      it('are counted once per add: the last remove clears one', () => {
        const h = machine(jit);
        const at = labelAddress('after');
        h.cpu.breakpoints.add(at);
        h.cpu.breakpoints.add(at);
        h.cpu.breakpoints.remove(at);
        h.cpu.run(1_000_000);
        expect(h.cpu.breakpointHit).toBe(true);
        h.cpu.breakpoints.remove(at);
        expect(h.cpu.breakpoints.count).toBe(0);
        h.cpu.run(1_000_000);
        expect(h.cpu.halted).toBe(true);
      });
    });
  }

  it('stop at the same instruction counts with blocks and without, whatever the budgets', () => {
    const run = (jit: boolean, budget: number) => {
      const h = machine(jit);
      for (const l of ['mid', 'loop2']) h.cpu.breakpoints.add(labelAddress(l));
      return stops(h, budget);
    };
    const reference = run(false, 100_000);
    expect(reference.length).toBe(1000 + 50 + 1);
    for (const budget of [7, 33, 100_000]) {
      expect(run(true, budget)).toEqual(reference);
      expect(run(false, budget)).toEqual(reference);
    }
  });
});
