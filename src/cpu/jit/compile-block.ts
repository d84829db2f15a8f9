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

/** Instructions per block at most. */
const MAX_INSNS = 48;

export type BlockFunction = (cpu: Cpu, budget: number) => void;

export interface CompiledBlock {
  fn: BlockFunction;
  /** Instructions of one pass through the block (the budget it needs to run). */
  count: number;
  /** Bytes of guest code it was built from (checked again after outside writes to RAM). */
  byteLength: number;
  /** Instructions compiled natively (the rest call the interpreter). */
  native: number;
  source: string;
}

interface Step {
  insn: Insn | null;
  eip: number;
  next: number;
  emitted: Emitted | null;
}

/**
 * Compiles the block at `eip`, whose first byte is at physical `phys`; code
 * bytes are available up to `windowEnd` (an EIP: the end of the page or the CS
 * limit). `interpret` runs one instruction at cpu.eip on the interpreter.
 */
export function compileBlock(cpu: Cpu, eip: number, phys: number, windowEnd: number, csLimit: number,
  genIndex: number, gen: number, interpret: (cpu: Cpu) => void): CompiledBlock {
  const ram = cpu.ram;
  const steps: Step[] = [];
  const ctx: EmitContext = { next: 0, csLimit, knownFlags: null, segs: new Set(), regs: new Set() };
  let at = eip;
  while (steps.length < MAX_INSNS) {
    const offset = at - eip;
    const insn = decodeInsn((i) => (at + i < windowEnd ? ram[phys + offset + i] : -1), 32);
    if (typeof insn === 'string') {
      // Undefined or page-crossing bytes: the interpreter raises the fault or fetches across.
      if (steps.length === 0) steps.push({ insn: null, eip: at, next: at, emitted: null });
      break;
    }
    const next = (at + insn.length) >>> 0;
    ctx.next = next;
    const emitted = emitInsn(insn, ctx);
    ctx.knownFlags = emitted ? emitted.knownFlags : null;
    steps.push({ insn, eip: at, next, emitted });
    at = next;
    const f = insn.form;
    if (emitted && (emitted.target >= 0 || emitted.dynamicExit)) break;
    if (f.endsBlock || f.writes !== 0) break;
  }
  const last = steps[steps.length - 1];
  const count = steps.length;
  const loops = last.emitted !== null && last.emitted.target === eip;
  const regs = [...ctx.regs].sort();
  // Every exit and the fault path write the locals back.
  const writeBack = regs.map((r) => `regs[${r}] = r${r};`).join(' ') +
    ' cpu.lazyKind = fk; cpu.lazyTop = ft; cpu.lazyDst = fd; cpu.lazySrc = fs; cpu.lazyRes = fr; cpu.flagsBase = fb;';
  const reload = regs.map((r) => `r${r} = regs[${r}];`).join(' ') +
    ' fk = cpu.lazyKind; ft = cpu.lazyTop; fd = cpu.lazyDst; fs = cpu.lazySrc; fr = cpu.lazyRes; fb = cpu.flagsBase;';
  const exit = (eipExpr: string, retired: number) =>
    `{ ${writeBack} cpu.eip = ${eipExpr}; cpu.instructionCount = base + done + ${retired}; return; }`;
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
      body.push(`if (cpu.breakLoop || cpu.eip !== ${s.next} || ${genChanged}) { cpu.instructionCount = base + done + ${i + 1}; return; }`);
      return;
    }
    native++;
    if (em.code) body.push(em.code);
    // A store into this block's own page: the rest of the block may be stale.
    if (em.stores && i < count - 1) body.push(`if (${genChanged}) ${exit(String(s.next), i + 1)}`);
    if (i === count - 1) {
      if (em.dynamicExit) body.push(exit('v', count));
      else if (em.target >= 0) {
        const taken = loops
          ? `{ done += ${count}; if (budget - done >= ${count}) continue; ${exit(String(eip), 0)} }`
          : exit(String(em.target), count);
        if (em.condition !== null) body.push(`if (${em.condition}) ${taken}`);
        else body.push(taken);
      }
    }
  });
  body.push(exit(String(last.next), count));

  const segs = [...ctx.segs].sort();
  const source = [
    'const regs = cpu.regs;',
    regs.length ? `let ${regs.map((r) => `r${r} = regs[${r}]`).join(', ')};` : '',
    'let fk = cpu.lazyKind, ft = cpu.lazyTop, fd = cpu.lazyDst, fs = cpu.lazySrc, fr = cpu.lazyRes, fb = cpu.flagsBase;',
    'const ram = cpu.ram, ram32 = cpu.ram32, tlbR = cpu.tlbRead, tlbW = cpu.tlbWrite, gen = cpu.codePages.generation;',
    ...segs.map((g) => `const sb${g} = cpu.segBase[${g}], rl${g} = cpu.segReadLimit[${g}], wl${g} = cpu.segWriteLimit[${g}];`),
    'const base = cpu.instructionCount;',
    'let done = 0, n = 0, sy = 0, a = 0, e = 0, lin = 0, x = 0, y = 0, t = 0, v = 0;',
    'try {',
    loops ? 'for (;;) {' : '',
    ...body,
    loops ? '}' : '',
    '} catch (err) {',
    `if (sy === 0) { ${writeBack} }`,
    'cpu.eip = EIPS[n]; cpu.startEip = EIPS[n]; cpu.instructionCount = base + done + n;',
    'throw err;',
    '}',
  ].filter(Boolean).join('\n');
  const eips = steps.map((s) => s.eip);
  // The generated code is built only from decoded numbers and fixed text.
  const factory = new Function('EIPS', 'lazyCF', 'lazyCondition', 'interpret',
    `"use strict"; return function block(cpu, budget) {\n${source}\n};`) as
    (e: number[], cf: typeof lazyCF, cond: typeof lazyCondition, interp: (cpu: Cpu) => void) => BlockFunction;
  return {
    fn: factory(eips, lazyCF, lazyCondition, interpret),
    count,
    byteLength: (last.next - eip) >>> 0,
    native,
    source,
  };
}

export type { KnownFlags };
