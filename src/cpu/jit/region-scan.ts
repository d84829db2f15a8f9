// Finds the basic blocks of a region: the code of one page reachable from the
// region's roots (its entry, plus targets its exits were seen to take often)
// through Jcc both ways, JMP, CALL (the target and the return address) and
// fall-through, and decodes them once with their native forms (emit.ts).

import { decodeInsn, type Insn } from '../../isa/decoder.ts';
import { emitInsn, type EmitContext, type Emitted } from './emit.ts';

/** Instructions per basic block at most (a longer run of straight code is cut into blocks that fall through). */
export const MAX_BLOCK_INSNS = 32;

export interface RegionInsn {
  insn: Insn | null;
  eip: number;
  next: number;
  emitted: Emitted | null;
}

/** How a block ends. A block is a trace: it goes on through the fall-through
 *  of a Jcc (whose taken side leaves the block) and ends at anything else. */
export type BlockEnd =
  /** JMP or CALL rel: `taken`. */
  | 'jump'
  /** Straight on to `next` (cut at the size cap, or at another block's start). */
  | 'fall'
  /** RET, or an interpreted transfer: the EIP is known only at run time. */
  | 'dynamic'
  /** Leaves the region at `next` (state the region is specialised on may have changed, or undecodable bytes). */
  | 'exit';

export interface BasicBlock {
  start: number;
  insns: RegionInsn[];
  end: BlockEnd;
  /** Target of the final JMP/CALL, or -1. */
  taken: number;
  /** EIP after the last instruction. */
  next: number;
}

export interface ScanLimits {
  /** Code bytes are at physical `phys + (eip - entry)` for EIPs in [windowStart, windowEnd) (the page, cut at the CS limit). */
  entry: number;
  phys: number;
  windowStart: number;
  windowEnd: number;
  csLimit: number;
  /** Instructions in the whole region at most. */
  maxInsns: number;
  /** Addresses a block must not start at (unless a root) nor run into: host breakpoints. */
  isBreakpoint: (eip: number) => boolean;
  /** Whether a successor has been executed at all (cold paths stay out until they are seen). */
  seen: (eip: number) => boolean;
}

/** Interpreted transfers whose target the region can follow at run time (no segment or privilege change). */
const DYNAMIC_SEMS = new Set(['jmp', 'call', 'ret', 'loop', 'loope', 'loopne', 'jcxz', 'jecxz']);

export interface ScannedRegion {
  /** In layout order: a block that falls through to another is placed right before it where possible. */
  blocks: BasicBlock[];
  /** Segments and registers the generated code keeps in locals. */
  ctx: EmitContext;
  insns: number;
}

/** The blocks reachable from `roots` (the entry first), breadth first, until `maxInsns`. */
export function scanRegion(ram: Uint8Array, roots: readonly number[], lim: ScanLimits): ScannedRegion {
  // Twice: the first pass finds where blocks start (branch targets, return addresses), the second ends
  // every trace at one of those, so that no code is compiled twice and a loop's back edge is its block's own start.
  const first = scan(ram, roots, lim, new Set());
  return scan(ram, roots, lim, new Set(first.blocks.map((b) => b.start)));
}

function scan(ram: Uint8Array, roots: readonly number[], lim: ScanLimits, leaders: Set<number>): ScannedRegion {
  const ctx: EmitContext = { next: 0, csLimit: lim.csLimit, knownFlags: null, segs: new Set(), regs: new Set() };
  const blocks: BasicBlock[] = [];
  const starts = new Set<number>();
  const queue = [...roots];
  const isRoot = new Set(roots);
  let insns = 0;
  const inWindow = (t: number) => t >= lim.windowStart && t < lim.windowEnd;
  for (let q = 0; q < queue.length && insns < lim.maxInsns; q++) {
    const start = queue[q];
    if (starts.has(start) || !inWindow(start)) continue;
    if (!isRoot.has(start) && lim.isBreakpoint(start)) continue;
    const block = scanBlock(ram, start, lim, ctx, starts, leaders, Math.min(MAX_BLOCK_INSNS, lim.maxInsns - insns));
    starts.add(start);
    blocks.push(block);
    insns += block.insns.length;
    // Successors that never ran stay out (an exit) until the region grows.
    const follow = (t: number, always: boolean) => {
      if (inWindow(t) && !starts.has(t) && (always || q < roots.length || lim.seen(t))) queue.push(t);
    };
    for (const i of block.insns) if (i.emitted !== null && i.emitted.condition !== null) follow(i.emitted.target, false);
    if (block.end === 'jump') {
      follow(block.taken, false);
      // After a CALL, the return address: where the callee's RET continues.
      if (block.insns[block.insns.length - 1].insn?.form.sem === 'call') follow(block.next, false);
    } else if (block.end === 'fall') follow(block.next, true);
  }
  return { blocks: layout(blocks), ctx, insns };
}

/** Breadth-first order, except that a block falling through to one not placed yet is followed by it. */
function layout(blocks: BasicBlock[]): BasicBlock[] {
  const byStart = new Map(blocks.map((b) => [b.start, b]));
  const placed = new Set<BasicBlock>();
  const out: BasicBlock[] = [];
  for (const first of blocks) {
    for (let b: BasicBlock | undefined = first; b !== undefined && !placed.has(b); b = b.end === 'fall' ? byStart.get(b.next) : undefined) {
      placed.add(b);
      out.push(b);
    }
  }
  return out;
}

function scanBlock(ram: Uint8Array, start: number, lim: ScanLimits, ctx: EmitContext, starts: Set<number>, leaders: Set<number>,
  max: number): BasicBlock {
  const insns: RegionInsn[] = [];
  ctx.knownFlags = null; // a block may be entered from anywhere
  let at = start;
  for (;;) {
    if (insns.length > 0 && (lim.isBreakpoint(at) || starts.has(at) || leaders.has(at) || insns.length >= max)) {
      return { start, insns, end: 'fall', taken: -1, next: at };
    }
    const offset = at - lim.entry;
    const insn = decodeInsn((i) => (at + i < lim.windowEnd ? ram[lim.phys + offset + i] : -1), 32);
    if (typeof insn === 'string') {
      // Undefined or page-crossing bytes: the interpreter raises the fault or fetches across.
      if (insns.length === 0) insns.push({ insn: null, eip: at, next: at, emitted: null });
      return { start, insns, end: 'exit', taken: -1, next: at };
    }
    const next = (at + insn.length) >>> 0;
    ctx.next = next;
    const emitted = emitInsn(insn, ctx);
    ctx.knownFlags = emitted ? emitted.knownFlags : null;
    insns.push({ insn, eip: at, next, emitted });
    const form = insn.form;
    if (emitted !== null) {
      if (emitted.dynamicExit) return { start, insns, end: 'dynamic', taken: -1, next };
      if (emitted.target >= 0 && emitted.condition === null) return { start, insns, end: 'jump', taken: emitted.target, next };
      if (emitted.condition !== null) { at = next; continue; }
    } else if (form.writes === 0 && form.endsBlock && DYNAMIC_SEMS.has(form.sem)) {
      return { start, insns, end: 'dynamic', taken: -1, next };
    }
    if (form.endsBlock || form.writes !== 0) return { start, insns, end: 'exit', taken: -1, next };
    at = next;
  }
}
