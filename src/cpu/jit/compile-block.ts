// Compiles a basic block of guest code (decoded by the one decoder) into a JS
// function. The function keeps registers and lazy flags in locals, loops when
// the block's last branch goes back to its start (while the budget allows a
// whole iteration), calls the interpreter for instructions without a native
// form, and leaves the Cpu exactly as the interpreter would at its exit or at
// a faulting instruction.

import { decodeInsn, type Insn } from '../../isa/decoder.ts';
import { lazyCF, lazyCondition } from '../lazy-flags.ts';
import { emitInsn, type EmitContext, type Emitted, type KnownFlags } from './emit.ts';
import type { Cpu } from '../cpu.ts';
import { CS } from '../segment-attr.ts';

/** Instructions per block at most. */
export const MAX_BLOCK_INSNS = 32;
const FOLLOW_JUMPS = false;

export type BlockFunction = (cpu: Cpu, budget: number) => void;

type BlockFactory = (e: number[], cf: typeof lazyCF, cond: typeof lazyCondition, interp: (cpu: Cpu) => void) => BlockFunction;

/** Factories by source. Blocks made by one factory share V8's feedback and
 *  optimised code, so the same guest code in a new Cpu (the next boot, the
 *  next test) starts fast instead of warming up again. */
const factories = new Map<string, BlockFactory>();
const MAX_FACTORIES = 1 << 14;

/** `name` (the block's EIP in hex) names the function in profiles. */
function factoryFor(source: string, name: string): BlockFactory {
  let f = factories.get(source);
  if (f === undefined) {
    if (factories.size >= MAX_FACTORIES) factories.clear();
    // The generated code is built only from decoded numbers and fixed text.
    f = new Function('EIPS', 'lazyCF', 'lazyCondition', 'interpret',
      `"use strict"; return function block_${name}(cpu, budget) {\n${source}\n};`) as BlockFactory;
    factories.set(source, f);
  }
  return f;
}

export interface CompiledBlock {
  fn: BlockFunction;
  /** Instructions of one pass through the block (the budget it needs to run). */
  count: number;
  /** The span of guest code it was built from, from EIP + byteStart (checked again after outside writes to RAM). */
  byteStart: number;
  byteLength: number;
  /** Instructions compiled natively (the rest call the interpreter). */
  native: number;
  source: string;
}

interface Step {
  insn: Insn | null;
  eip: number;
  next: number;
  /** Where the trace goes on: next, or a followed JMP/CALL's target. */
  follow: number;
  emitted: Emitted | null;
}

/**
 * Compiles the block at `eip`, whose first byte is at physical `phys`; code
 * bytes are available from `windowStart` to `windowEnd` (EIPs: the page, cut
 * at the CS limit). `interpret` runs one instruction at cpu.eip on the interpreter.
 */
export function compileBlock(cpu: Cpu, eip: number, phys: number, windowStart: number, windowEnd: number, csLimit: number,
  genIndex: number, gen: number, interpret: (cpu: Cpu) => void): CompiledBlock {
  const ram = cpu.ram;
  const steps: Step[] = [];
  const ctx: EmitContext = { next: 0, csLimit, knownFlags: null, segs: new Set(), regs: new Set() };
  // A trace: Jcc continues on the fall-through path (a taken branch leaves the
  // block), JMP and CALL continue at their target when it is in the same page.
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;
  // Host breakpoints are tested at block entries only: a block ends before
  // one, and does not loop back to its start when that is one.
  const breakpoints = cpu.breakpoints;
  const csBase = cpu.segBase[CS]!;
  const startIsBreakpoint = breakpoints.count !== 0 && breakpoints.has(csBase + eip);
  let at = eip;
  while (steps.length < MAX_BLOCK_INSNS) {
    if (steps.length > 0 && breakpoints.count !== 0 && breakpoints.has(csBase + at)) break;
    const offset = at - eip;
    const insn = decodeInsn((i) => (at + i < windowEnd ? ram[phys + offset + i] : -1), 32);
    if (typeof insn === 'string') {
      // Undefined or page-crossing bytes: the interpreter raises the fault or fetches across.
      if (steps.length === 0) steps.push({ insn: null, eip: at, next: at, follow: at, emitted: null });
      break;
    }
    const next = (at + insn.length) >>> 0;
    ctx.next = next;
    const emitted = emitInsn(insn, ctx);
    ctx.knownFlags = emitted ? emitted.knownFlags : null;
    const step: Step = { insn, eip: at, next, follow: next, emitted };
    steps.push(step);
    if (emitted !== null && emitted.dynamicExit) break;
    if (emitted !== null && emitted.target >= 0) {
      if (emitted.condition === null) {
        step.follow = emitted.target;
        // Following JMP/CALL into the same page measured slower (larger functions, more entries): stop there.
        if (emitted.target === eip || !inWindow(emitted.target) || !FOLLOW_JUMPS) break;
      }
    } else if (insn.form.endsBlock) {
      break;
    }
    if (insn.form.writes !== 0) break;
    at = step.follow;
  }
  const last = steps[steps.length - 1];
  const count = steps.length;
  const loopsBack = (em: Emitted | null) => em !== null && em.target === eip && !startIsBreakpoint;
  const loops = steps.some((st) => loopsBack(st.emitted));
  const regs = [...ctx.regs].sort();
  // Every exit and the fault path write the locals back.
  const writeBack = regs.map((r) => `regs[${r}] = r${r};`).join(' ') +
    ' cpu.lazyKind = fk; cpu.lazyTop = ft; cpu.lazyDst = fd; cpu.lazySrc = fs; cpu.lazyRes = fr; cpu.flagsBase = fb;';
  const reload = regs.map((r) => `r${r} = regs[${r}];`).join(' ') +
    ' fk = cpu.lazyKind; ft = cpu.lazyTop; fd = cpu.lazyDst; fs = cpu.lazySrc; fr = cpu.lazyRes; fb = cpu.flagsBase;';
  // Exits jump to one shared epilogue, which keeps the function small enough for V8 to optimise.
  const exit = (eipExpr: string, retired: number) => `{ xe = ${eipExpr}; xr = ${retired}; break out; }`;
  const genChanged = `gen[${genIndex}] !== ${gen}`;

  const body: string[] = [];
  let native = 0;
  steps.forEach((s, i) => {
    body.push(`// ${i}: ${s.eip.toString(16)} ${s.insn ? s.insn.form.mnemonic : '(undecoded)'}`);
    body.push(`n = ${i};`);
    const em = s.emitted;
    if (em === null) {
      body.push(`${writeBack} cpu.eip = ${s.eip}; cpu.startEip = ${s.eip}; cpu.instructionCount = base + done + ${i};`);
      body.push(`sy = 1; interpret(cpu); sy = 0; ${reload}`);
      body.push(`if (cpu.breakLoop || cpu.eip !== ${s.next} || ${genChanged}) ${exit('cpu.eip', i + 1)}`);
      return;
    }
    native++;
    if (em.code) body.push(em.code);
    // A store into this block's own page: the rest of the block may be stale.
    if (em.stores && i < count - 1) body.push(`if (${genChanged}) ${exit(String(s.follow), i + 1)}`);
    if (em.dynamicExit) body.push(exit('v', i + 1));
    else if (em.target >= 0) {
      const taken = loopsBack(em)
        ? `{ done += ${i + 1}; if (budget - done >= ${count}) continue; ${exit(String(eip), 0)} }`
        : exit(String(em.target), i + 1);
      if (em.condition !== null) body.push(`if (${em.condition}) ${taken}`);
      else if (loopsBack(em) || i === count - 1) body.push(taken);
    }
  });
  body.push(exit(String(last.follow), count));

  const segs = [...ctx.segs].sort();
  const source = [
    'const regs = cpu.regs;',
    regs.length ? `let ${regs.map((r) => `r${r} = regs[${r}]`).join(', ')};` : '',
    'let fk = cpu.lazyKind, ft = cpu.lazyTop, fd = cpu.lazyDst, fs = cpu.lazySrc, fr = cpu.lazyRes, fb = cpu.flagsBase;',
    'const ram = cpu.ram, ram32 = cpu.ram32, tlbR = cpu.tlbRead, tlbW = cpu.tlbWrite, gen = cpu.codePages.generation;',
    ...segs.map((g) => `const sb${g} = cpu.segBase[${g}], rl${g} = cpu.segReadLimit[${g}], wl${g} = cpu.segWriteLimit[${g}];`),
    'const base = cpu.instructionCount;',
    'let done = 0, n = 0, sy = 0, a = 0, e = 0, lin = 0, x = 0, y = 0, t = 0, v = 0, xe = 0, xr = 0;',
    'try {',
    'out: {',
    loops ? 'for (;;) {' : '',
    ...body,
    loops ? '}' : '',
    '}',
    '} catch (err) {',
    `if (sy === 0) { ${writeBack} }`,
    'cpu.eip = EIPS[n]; cpu.startEip = EIPS[n]; cpu.instructionCount = base + done + n;',
    'throw err;',
    '}',
    writeBack,
    'cpu.eip = xe; cpu.instructionCount = base + done + xr;',
  ].filter(Boolean).join('\n');
  const eips = steps.map((s) => s.eip);
  const byteStart = Math.min(...steps.map((st) => st.eip));
  const byteEnd = Math.max(...steps.map((st) => st.next));
  return {
    fn: factoryFor(source, eip.toString(16))(eips, lazyCF, lazyCondition, interpret),
    count,
    byteStart: byteStart - eip,
    byteLength: byteEnd - byteStart,
    native,
    source,
  };
}

export type { KnownFlags };
