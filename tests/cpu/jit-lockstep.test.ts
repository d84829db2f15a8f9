// Differential test of the block compiler: the same random programs run on two
// CPUs, one with compiled blocks and one interpreting, in ring 3 with paging,
// timer interrupts, port output, a page fault and self-modifying code. Both
// are driven by the same sequence of small run() budgets, and the full
// architectural state is compared after each one (so at block boundaries and
// inside blocks cut short by the budget), then memory and port output.
import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { type Harness, KERNEL_STACK_TOP, makeCpu, poke, setGate, setupProtected, enterRing3 } from './helpers.ts';

const CODE = 0x100000;
const DATA = 0x200000;
const UNMAPPED = 0x300000;
const HANDLERS = 0x8000;
const COUNTERS = 0x7000;
const USER_STACK = 0x280000;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGS = ['eax', 'edx', 'esi', 'edi', 'ebp'];
const BYTE_REGS = ['al', 'ah', 'dl', 'dh'];
const ALU = ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'adc', 'sbb', 'test'];
const CCS = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

/** A random loop body over EAX EDX ESI EDI EBP with EBX pointing at data and ECX the loop counter. */
function randomProgram(rand: () => number, bodyLength: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const imm = () => (rand() < 0.3 ? Math.floor(rand() * 256) - 128 : Math.floor(rand() * 0x100000000) | 0);
  const disp = () => Math.floor(rand() * 4000); // unaligned too: the checked path
  const lines: string[] = [];
  let label = 0;
  for (let i = 0; i < bodyLength; i++) {
    const r = pick(REGS), r2 = pick(REGS);
    switch (Math.floor(rand() * 24)) {
      case 0: lines.push(`${pick(ALU)} ${r}, ${r2}`); break;
      case 1: lines.push(`${pick(ALU)} ${r}, ${imm()}`); break;
      case 2: lines.push(`${pick(ALU)} ${r}, [ebx+${disp()}]`); break;
      case 3: lines.push(`${pick(ALU)} dword [ebx+${disp()}], ${r}`); break;
      case 4: lines.push(`${pick(ALU)} ${pick(BYTE_REGS)}, byte [ebx+${disp()}]`); break;
      case 5: lines.push(`${pick(ALU)} byte [ebx+${disp()}], ${pick(BYTE_REGS)}`); break;
      case 6: lines.push(`mov ${r}, [ebx+${disp()}]`, `mov [ebx+${disp()}], ${r2}`); break;
      case 7: lines.push(`mov ${pick(BYTE_REGS)}, ${pick(BYTE_REGS)}`, `mov byte [ebx+${disp()}], ${Math.floor(rand() * 256)}`); break;
      case 8: lines.push(`${pick(['movzx', 'movsx'])} ${r}, ${pick(['byte', 'word'])} [ebx+${disp()}]`); break;
      case 9: lines.push(`lea ${r}, [${r2}+${pick(REGS)}*${pick([1, 2, 4, 8])}+${disp()}]`); break;
      case 10: lines.push(`${pick(['inc', 'dec'])} ${r}`); break;
      case 11: lines.push(`${pick(['inc', 'dec'])} dword [ebx+${disp()}]`); break;
      case 12: lines.push(`push ${r}`, `push ${imm()}`, `pop ${r2}`, `pop ${r}`); break;
      case 13: lines.push(`set${pick(CCS)} ${pick(BYTE_REGS)}`); break;
      case 14: lines.push(`${pick(['neg', 'not'])} ${r}`); break;
      case 15: lines.push(`${pick(['shl', 'shr', 'sar', 'rol', 'rcr'])} ${r}, ${Math.floor(rand() * 32)}`, `imul ${r}, ${r2}`, `imul ${r2}, [ebx+${disp()}], ${imm()}`,
        `${pick(['shl', 'shr', 'sar'])} dword [ebx+${disp()}], ${pick([1, Math.floor(rand() * 32)])}`); break;
      case 16: lines.push(`j${pick(CCS)} .s${label}`, `inc ${r}`, `.s${label}:`); label++; break;
      case 17: lines.push('out 0xe9, al'); break;
      case 18: lines.push(pick(['cdq', 'cwde', `xchg ${r}, ${r2}`, 'pushf', 'popf', 'clc', 'stc', 'cmc'])); break;
      case 19: lines.push('push ecx', 'push edi', `lea edi, [ebx+${disp()}]`, 'mov ecx, 7', 'rep stosb', 'pop edi', 'pop ecx'); break;
      // Self-modifying code: change the immediate of an instruction further on in this block.
      case 20: lines.push(`mov [.m${label}+1], ${r}`, `.m${label}:`, `mov ${r2}, 0x12345678`); label++; break;
      case 21: lines.push('call sub1'); break;
      case 22: lines.push(`mov eax, [ebx+${disp()}]`, `${pick(ALU)} eax, edx`, `j${pick(CCS)} .s${label}`, 'mov edx, eax', `.s${label}:`); label++; break;
      default: lines.push(`${pick(['add', 'sub'])} ${r}, ${r2}`, `cmp ${r}, ${imm()}`, `set${pick(CCS)} dl`); break;
    }
  }
  return [
    'jmp _start', 'sub1:', 'add eax, edx', 'ret',
    '_start:', `mov ebx, ${DATA}`, 'mov ecx, 40',
    'outer:', ...lines, 'dec ecx', 'jnz outer',
    'mov dword [ebx+4], 100', 'inner:', 'mov eax, [ebx]', 'add eax, 3', 'mov [ebx], eax', 'dec dword [ebx+4]', 'jnz inner',
    `mov eax, [${UNMAPPED}]`, 'resume:', 'jmp _start',
  ].join('\n');
}

function machine(program: string, jit: boolean): { h: Harness; resume: number } {
  const h = makeCpu(4 << 20);
  setupProtected(h, { paging: true, iopl: 3, pageFlags: (p) => ((p << 12) === UNMAPPED ? 0 : 7) });
  h.cpu.blocks.enabled = jit;
  const code = assembleFlatBinary(program, CODE);
  poke(h.mem, CODE, code);
  const resume = CODE + findResume(program);
  // #PF (vector 14): count it, drop the error code, continue at `resume`.
  // Timer (vector 0x20): count it.
  const handlers = assembleFlatBinary([
    `inc dword [${COUNTERS}]`, 'add esp, 4', `mov dword [esp], ${resume}`, 'iretd',
    'timer:', `inc dword [${COUNTERS + 4}]`, 'iretd',
  ].join('\n'), HANDLERS);
  poke(h.mem, HANDLERS, handlers);
  setGate(h, 14, HANDLERS);
  setGate(h, 0x20, HANDLERS + handlers.length - 7);
  for (let i = 0; i < 4096; i++) h.mem.ram[DATA + i] = (i * 37) & 0xff;
  enterRing3(h, CODE, USER_STACK, 0x3202);
  return { h, resume };
}

/** `resume:`'s offset, found by assembling the program up to it. */
function findResume(program: string): number {
  const upTo = program.slice(0, program.indexOf('resume:'));
  return assembleFlatBinary(upTo, CODE).length;
}

function state(h: Harness): string {
  const c = h.cpu;
  return [...c.regs].map((r) => (r >>> 0).toString(16)).join(' ') +
    ` eip=${c.eip.toString(16)} efl=${c.getEflags().toString(16)} n=${c.instructionCount} cpl=${c.cpl} halted=${c.halted}`;
}

/** A loop nest over several basic blocks with nested calls, an indirect jump,
 *  a page fault in the middle of the loop body now and then, and a store that
 *  rewrites an immediate further on in the same page: what one region holds. */
const REGION_PROGRAM = [
  'jmp _start',
  'table:', 'dd even, odd',
  'leaf:', 'add eax, edx', 'xor edx, eax', 'ret',
  'nested:', 'push ebp', 'mov ebp, esp', 'call leaf', 'inc esi', 'pop ebp', 'ret',
  '_start:', `mov ebx, ${DATA}`, 'xor ecx, ecx',
  'outer:', 'xor edi, edi',
  'inner:', 'mov eax, [ebx+edi*4]', 'add eax, ecx', 'mov [ebx+edi*4], eax', 'call nested',
  'test edi, 3', 'jnz skip', 'mov eax, [ebx+8]', 'skip:',
  'mov eax, edi', 'and eax, 1', 'mov eax, [table+eax*4]', 'jmp eax',
  'even:', 'inc edx', 'jmp join',
  'odd:', 'dec edx',
  'join:', 'cmp edi, 5', 'jne nofault', 'test ecx, 15', 'jnz nofault', `mov eax, [${UNMAPPED}]`,
  'nofault:', 'inc edi', 'cmp edi, 8', 'jl inner',
  'cmp ecx, 1024', 'jae nosmc', 'test ecx, 255', 'jnz nosmc', 'mov [smc+1], ecx', 'nosmc:',
  'smc:', 'mov esi, 0x11111111',
  'inc ecx', 'cmp ecx, 100000', 'jb outer',
  'resume:', 'jmp nofault',
].join('\n');

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
