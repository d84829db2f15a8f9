// Compiles a region (several basic blocks of one code page, region-scan.ts)
// into one JS function: `for (;;) switch (pc) { case A: ... }`, with guest
// registers and lazy flags in locals across all blocks. Going from one block
// to another costs a budget check and a `continue` (or nothing, when the
// target is laid out next); RET and interpreted transfers continue in the
// switch when their target is one of its cases. The Cpu is left exactly as
// the interpreter would leave it at every exit and at a faulting instruction.

import { lazyCF, lazyCondition } from '../lazy-flags.ts';
import type { Cpu } from '../cpu.ts';
import type { BasicBlock, ScannedRegion } from './region-scan.ts';

/** Runs from block number `pc` (1..) while `budget` instructions allow; `page` is the physical page of the code
 *  (the source does not depend on where the code is in RAM, so one function serves every copy of it). */
export type RegionFunction = (cpu: Cpu, budget: number, pc: number, page: number) => void;

/** Functions by source. The source fixes everything the function closes
 *  over, so one function serves every Cpu that compiles the same guest code
 *  (the next boot, the next test): V8's feedback and optimised code are kept
 *  instead of being made again for a new closure. */
const functions = new Map<string, RegionFunction>();
const MAX_FUNCTIONS = 1 << 13;

/** `name` (the first root's EIP in hex) names the function in profiles. */
function functionFor(source: string, name: string, eips: number[], idx: number[], blockAt: Uint8Array,
  interpret: (cpu: Cpu) => void): RegionFunction {
  let f = functions.get(source);
  if (f === undefined) {
    if (functions.size >= MAX_FUNCTIONS) functions.clear();
    // The generated code is built only from decoded numbers and fixed text.
    f = (new Function('EIPS', 'IDX', 'BLOCK_AT', 'lazyCF', 'lazyCondition', 'interpret',
      `"use strict"; return function region_${name}(cpu, budget, pc, page) {\n${source}\n};`) as RegionFactory)(
      eips, idx, blockAt, lazyCF, lazyCondition, interpret);
    functions.set(source, f);
  }
  return f;
}

type RegionFactory = (eips: number[], idx: number[], blockAt: Uint8Array, cf: typeof lazyCF, cond: typeof lazyCondition,
  interp: (cpu: Cpu) => void) => RegionFunction;

export interface CompiledRegion {
  fn: RegionFunction;
  /** Block starts (where the region may be entered), with their block numbers and instructions (the budget needed to enter there). */
  cases: Map<number, { pc: number; count: number }>;
  /** Instructions compiled, and how many of them natively (the rest call the interpreter). */
  insns: number;
  native: number;
  /** EIP spans [from, to) of the guest code it was built from (checked again after outside writes to RAM). */
  spans: number[];
  source: string;
}

export interface RegionPlace {
  /** Names the function (the first root). */
  entry: number;
  /** EIPs of the page: [windowStart, windowStart + 4096). */
  windowStart: number;
  /** Block starts at host breakpoints: the region may start there but never comes back to them. */
  breakpoints: Set<number>;
}

/** Builds the function for a scanned region. `interpret` runs one instruction at cpu.eip on the interpreter. */
export function compileRegion(region: ScannedRegion, place: RegionPlace, interpret: (cpu: Cpu) => void): CompiledRegion {
  const { blocks, ctx } = region;
  const { entry } = place;
  const countOf = new Map<number, number>(blocks.map((b) => [b.start, b.insns.length]));
  // Cases are block numbers 1.. in layout order (a dense switch is a jump table); BLOCK_AT maps an EIP's page offset to one, 0 for none.
  const pcOf = new Map<number, number>(blocks.map((b, i) => [b.start, i + 1]));
  if (blocks.length > 255) throw new Error(`region of ${blocks.length} blocks: block numbers are bytes`);
  const blockAt = new Uint8Array(4096);
  for (const b of blocks) if (!place.breakpoints.has(b.start)) blockAt[b.start - place.windowStart] = pcOf.get(b.start)!;
  const isCase = (t: number) => countOf.has(t) && !place.breakpoints.has(t);
  const maxCount = Math.max(...blocks.map((b) => b.insns.length));
  const regs = [...ctx.regs].sort();
  // Every exit and the fault path write the locals back.
  const writeBack = regs.map((r) => `regs[${r}] = r${r};`).join(' ') +
    ' cpu.lazyKind = fk; cpu.lazyTop = ft; cpu.lazyDst = fd; cpu.lazySrc = fs; cpu.lazyRes = fr; cpu.flagsBase = fb;';
  const reload = regs.map((r) => `r${r} = regs[${r}];`).join(' ') +
    ' fk = cpu.lazyKind; ft = cpu.lazyTop; fd = cpu.lazyDst; fs = cpu.lazySrc; fr = cpu.lazyRes; fb = cpu.flagsBase;';
  // Exits jump to one shared epilogue: `retired` instructions of the current block are done.
  const exit = (eipExpr: string | number, retired: number) => `{ xe = ${eipExpr}; xr = ${retired}; break out; }`;
  // The region runs only while its page's generation is what it was at entry (the run loop checks that one).
  const genChanged = 'gen[page] !== g0';
  // To block `t` after `k` instructions of this one: stay when the budget covers all of `t`. A block that
  // branches back to its own start is an inner loop (`self`: its label), which V8 compiles better than a
  // pass through the switch.
  const go = (t: number, k: number, fallsInto: number, self: string | null, start: number) => {
    if (!isCase(t)) return exit(t, k);
    const stay = self !== null && t === start ? ` continue ${self};` : t === fallsInto && self === null ? '' : ` pc = ${pcOf.get(t)}; continue out;`;
    return `{ done += ${k}; if (budget - done < ${countOf.get(t)}) ${exit(t, 0)}${stay} }`;
  };
  // To an EIP known at run time (in `v`): through BLOCK_AT, or out for an address that is not a case.
  const goDynamic = (k: number) => `{ done += ${k}; if (budget - done < ${maxCount} || (t = v - ${place.windowStart}) >>> 0 > 4095 || ` +
    `(pc = BLOCK_AT[t]) === 0) ${exit('v', 0)} continue out; }`;

  const eips: number[] = [];
  const idx: number[] = [];
  const body: string[] = [];
  const spans: number[] = [];
  let native = 0;
  blocks.forEach((b: BasicBlock, bi) => {
    const fallsInto = bi + 1 < blocks.length ? blocks[bi + 1].start : -1;
    const count = b.insns.length;
    const loopsToSelf = isCase(b.start) && (b.taken === b.start || b.insns.some((s) => s.emitted?.condition != null && s.emitted.target === b.start));
    const self = loopsToSelf ? `b${bi + 1}` : null;
    body.push(`case ${bi + 1}: // ${b.start.toString(16)}`);
    if (self !== null) body.push(`${self}: for (;;) {`);
    spans.push(b.insns[0].eip, b.next > b.insns[0].eip ? b.next : b.insns[0].eip + 1);
    b.insns.forEach((s, i) => {
      const n = eips.length;
      eips.push(s.eip);
      idx.push(i);
      const last = i === count - 1;
      body.push(`// ${s.eip.toString(16)} ${s.insn ? s.insn.form.mnemonic : '(undecoded)'}`);
      body.push(`n = ${n};`);
      const em = s.emitted;
      if (em === null) {
        body.push(`${writeBack} cpu.eip = ${s.eip}; cpu.startEip = ${s.eip}; cpu.instructionCount = base + done + ${i};`);
        body.push(`sy = 1; interpret(cpu); sy = 0; ${reload}`);
        body.push(`if (cpu.breakLoop || ${genChanged}) ${exit('cpu.eip', i + 1)}`);
        if (last && b.end === 'dynamic') body.push(`v = cpu.eip; ${goDynamic(count)}`);
        else body.push(`if (cpu.eip !== ${s.next}) ${exit('cpu.eip', i + 1)}`);
        return;
      }
      native++;
      if (em.code) body.push(em.code);
      // A store into this region's own page: what follows may be stale.
      if (em.stores) body.push(`if (sw !== 0) { sw = 0; if (${genChanged}) ${exit(last && b.end === 'jump' ? b.taken : s.next, i + 1)} }`);
      // A Jcc inside the trace: the taken side leaves the block.
      if (em.condition !== null) body.push(`if (${em.condition}) ${go(em.target, i + 1, -1, self, b.start)}`);
    });
    const lastEmitted = b.insns[count - 1].emitted;
    switch (b.end) {
      case 'jump': body.push(go(b.taken, count, fallsInto, self, b.start)); break;
      case 'fall': body.push(go(b.next, count, fallsInto, self, b.start)); break;
      case 'dynamic': if (lastEmitted !== null) body.push(goDynamic(count)); break;
      case 'exit': body.push(exit(b.next, count)); break;
    }
    if (self !== null) body.push('}');
  });

  const segs = [...ctx.segs].sort();
  let source = [
    // What the closure holds but the code does not show: block starts at breakpoints leave BLOCK_AT.
    place.breakpoints.size ? `// breakpoints ${[...place.breakpoints].join(' ')}` : '',
    'const regs = cpu.regs;',
    regs.length ? `let ${regs.map((r) => `r${r} = regs[${r}]`).join(', ')};` : '',
    'let fk = cpu.lazyKind, ft = cpu.lazyTop, fd = cpu.lazyDst, fs = cpu.lazySrc, fr = cpu.lazyRes, fb = cpu.flagsBase;',
    'const ram = cpu.ram, ram32 = cpu.ram32, tlbR = cpu.tlbRead, tlbW = cpu.tlbWrite, gen = cpu.codePages.generation, g0 = gen[page];',
    ...segs.map((g) => `const sb${g} = cpu.segBase[${g}], rl${g} = cpu.segReadLimit[${g}], wl${g} = cpu.segWriteLimit[${g}];`),
    'const base = cpu.instructionCount;',
    `let done = 0, n = 0, sy = 0, sw = 0, a = 0, e = 0, lin = 0, x = 0, y = 0, t = 0, v = 0, xe = 0, xr = 0;`,
    'try {',
    'out: for (;;) {',
    'switch (pc) {',
    ...body,
    `default: ${exit(-1, 0)}`,
    '}',
    '}',
    '} catch (err) {',
    `if (sy === 0) { ${writeBack} }`,
    'cpu.eip = EIPS[n]; cpu.startEip = EIPS[n]; cpu.instructionCount = base + done + IDX[n];',
    'throw err;',
    '}',
    writeBack,
    'cpu.eip = xe; cpu.instructionCount = base + done + xr;',
  ].filter(Boolean).join('\n');
  return {
    fn: functionFor(source, entry.toString(16), eips, idx, blockAt, interpret),
    cases: new Map(blocks.map((b) => [b.start, { pc: pcOf.get(b.start)!, count: b.insns.length }])),
    insns: eips.length,
    native,
    spans,
    source,
  };
}
