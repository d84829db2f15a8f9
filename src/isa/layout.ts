// Fixed-point layout: passes over the parsed statements give each one an address
// and a size until no symbol, size or section start moves (sizes only ever grow,
// so the loop ends). State that lives across passes is kept per statement in
// arrays; encodings are remembered (encode-cache.ts); the bytes, the line table
// and the diagnostics are built from the last pass only.
import type { Item, Program, SectionInfo } from './asm-program.ts';
import { EncodingCache, encodeData, statementIsConstant, type Encodable } from './encode-cache.ts';
import { encodeInstruction, type EncodeEnv } from './encoder.ts';
import { LineError } from './errors.ts';
import { evaluate, type Expr } from './expr.ts';
import type { LineEntry } from './linked-image.ts';
import { fileProblem, MAX_PROBLEMS, problemAt, type Problem } from './problems.ts';
import type { Loc, Statement } from './statements.ts';

export interface LayoutResult {
  symbols: Map<string, number>;
  symbolSection: Map<string, string | null>;
  bases: Map<string, number>;
  sizes: Map<string, number>;
  bytes: Map<string, Uint8Array>;
  lines: LineEntry[];
  /** Passes made (for tests: the work done does not depend on the machine's speed). */
  passes: number;
  /** Statements encoded, over all passes (the rest reused an earlier pass's bytes). */
  encodings: number;
  /** The error limit was reached: only `problems` (and the counts) mean anything. */
  stopped?: boolean;
}

const PAGE = 4096;
const MAX_PASSES = 64;
/** Sections with contents are built in memory, so they are capped; nobits ones must fit 4 GiB. */
const MAX_SECTION_BYTES = 16 * 1024 * 1024;

/** Section order: .multiboot, .text, .rodata, other named sections, .data, .bss. */
export function sectionOrder(names: string[]): string[] {
  const rank = (n: string) => n === '.multiboot' ? 0 : n === '.text' ? 1 : n === '.rodata' ? 2 : n === '.data' ? 4 : n === '.bss' ? 5 : 3;
  return names.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i).map((x) => x.n);
}

type Bytes = number[] | Uint8Array;
const NO_BYTES: Bytes = new Uint8Array(0);

export function layout(prog: Program, base: number, flat: boolean): LayoutResult & { problems: Problem[] } {
  const order = sectionOrder([...prog.sections.keys()]);
  if (flat && order.length === 0) order.push('.text');
  const items = prog.items;
  const n = items.length;
  const sectionIndex = new Map(order.map((name, i) => [name, i]));
  const infos: SectionInfo[] = order.map((name) => prog.sections.get(name) ?? { name, exec: true, write: true, nobits: false });
  const itemSection = Int32Array.from(items, (it) => sectionIndex.get(it.section)!);
  // A symbol's section never changes: labels are in theirs, equates in none.
  const symbolSection = new Map<string, string | null>();
  for (const { st, section } of items) {
    if (st.s === 'label') symbolSection.set(st.name, section);
    else if (st.s === 'equ') symbolSection.set(st.name, null);
  }
  // Per statement, across passes: the shortest encoding it may take (sizes only grow),
  // its remembered encoding, and its address in this and the previous pass.
  const minLen = new Int32Array(n);
  const cache = new EncodingCache(n);
  const repeated: ({ one: Bytes; count: number; bytes: Uint8Array } | undefined)[] = new Array(n);
  let addrs = new Float64Array(n);
  let prevAddrs = new Float64Array(n);
  // Per statement, from the latest pass: offset in its section, size and bytes.
  const offsetOf = new Float64Array(n);
  const lengthOf = new Float64Array(n);
  const bytesOf: (Bytes | null)[] = new Array(n).fill(null);
  const fileReturns = fileComesBack(items);
  let prevSyms = new Map<string, number>();
  let bases = order.map(() => base);
  let encodings = 0; // outside the cache: repetitions of `times` bodies
  // Errors before the error limit. The first pass's may go away (a label later in the
  // file is not known yet), so it stops only at that many certain ones (instructions
  // no value fits), and reports only those.
  const errorRoom = MAX_PROBLEMS - prog.problems.length;
  for (let pass = 0; ; pass++) {
    const syms = new Map<string, number>();
    const offsets = order.map(() => 0);
    const errors: Problem[] = [];
    const certainErrors: Problem[] = [];
    let grew = false;
    // "undefined symbol" is reported once per name and source line. A line's statements
    // are consecutive, so the names of the current line are enough, unless a file name
    // comes back later (two units of one name): then a set of every line's names.
    const undefinedSeen = new Set<string>();
    let seenFile = '', seenLine = 0;
    const seenOnLine: string[] = [];
    // One environment per pass, updated for each statement (no closures per statement).
    let cur: Item = items[0]!;
    let shift = 0;
    const env: EncodeEnv = {
      lookup: (name) => {
        const now = syms.get(name);
        if (now !== undefined) return now;
        const before = prevSyms.get(name);
        if (before === undefined) return undefined;
        // A forward reference in the same section moves as far as this statement moved.
        return symbolSection.get(name) === cur.section ? (before + shift) >>> 0 : before;
      },
      here: 0,
      sectionStart: 0,
      addr: 0,
      onUndefined: (name, col) => {
        const loc = cur.st.loc;
        if (prevSyms.has(name) || syms.has(name)) return;
        if (fileReturns) {
          const key = `${loc.file}:${loc.line}:${name}`;
          if (undefinedSeen.has(key)) return;
          undefinedSeen.add(key);
        } else {
          if (loc.line !== seenLine || loc.file !== seenFile) { seenFile = loc.file; seenLine = loc.line; seenOnLine.length = 0; }
          if (seenOnLine.includes(name)) return;
          seenOnLine.push(name);
        }
        errors.push({ file: loc.file, line: loc.line, col: col || loc.col, message: `undefined symbol '${name}'` });
      },
    };
    const evalKnown = (e: Expr, what: string): number => {
      const v = evaluate(e, env);
      if (!v.known) {
        if (v.undefinedName && !prevSyms.has(v.undefinedName)) env.onUndefined(v.undefinedName, v.undefinedCol ?? 0);
        else if (pass > 0) errors.push(problemAt(cur.st.loc, `${what} depends on a symbol that is not yet defined`));
      }
      return v.v;
    };
    /** The shortest candidate not shorter than the statement was before. */
    const pick = (i: number, cands: number[][]): number[] => {
      const floor = minLen[i]!;
      let chosen = cands[cands.length - 1]!;
      for (const c of cands) if (c.length >= floor) { chosen = c; break; }
      if (chosen.length > floor) { minLen[i] = chosen.length; if (floor > 0) grew = true; }
      return chosen;
    };
    const encodeCached = (i: number, st: Encodable): Bytes => {
      const cands = cache.encode(i, st, env);
      return st.s === 'insn' ? pick(i, cands) : cands[0]!;
    };
    /** Uncached: a repetition of a `times` body at another `$`. */
    const encodeAgain = (i: number, st: Statement): Bytes => {
      encodings++;
      if (st.s === 'data') return encodeData(st, env);
      if (st.s !== 'insn') return NO_BYTES;
      return pick(i, encodeInstruction(st, env).sort((a, b) => a.length - b.length));
    };
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      const s = itemSection[i]!;
      const info = infos[s]!;
      const off = offsets[s]!;
      const addr = (bases[s]! + off) >>> 0;
      cur = item;
      shift = pass === 0 ? 0 : addr - prevAddrs[i]!;
      addrs[i] = addr;
      env.here = addr;
      env.addr = addr;
      env.sectionStart = bases[s]!;
      // Bytes as numbers, or packed when `times` repeats a body (16 MiB as numbers is ~256 MB).
      let emitted: Bytes = NO_BYTES;
      let length = 0;
      let problem: LineError | null = null;
      const st = item.st;
      try {
        switch (st.s) {
          case 'label':
            syms.set(st.name, addr);
            break;
          case 'equ':
            syms.set(st.name, evalKnown(st.expr, 'equ value'));
            break;
          case 'insn': case 'data': {
            // The statement that comes most often, and whose errors repeat every pass: no throw.
            const cands = cache.encodeOrError(i, st, env);
            if (cands instanceof LineError) { problem = cands; break; }
            emitted = st.s === 'insn' ? pick(i, cands) : cands[0]!;
            length = emitted.length;
            break;
          }
          case 'res': {
            const count = evalKnown(st.count, 'reserve count');
            if (count < 0) throw new LineError(`negative reserve count ${count}`, st.loc.col);
            // Zeros need no bytes: section buffers start zeroed.
            length = checkGrowth(info, off, count * st.width, st.loc);
            break;
          }
          case 'times': {
            const count = evalKnown(st.count, 'times count');
            if (count < 0) throw new LineError(`negative times count ${count}`, st.loc.col);
            if (st.body.s === 'res') {
              const k = evalKnown(st.body.count, 'reserve count') * st.body.width;
              if (k < 0) throw new LineError(`negative reserve count ${k / st.body.width}`, st.loc.col);
              length = checkGrowth(info, off, k * count, st.loc);
            } else if (st.body.s === 'insn' || st.body.s === 'data') {
              const one = encodeCached(i, st.body);
              checkGrowth(info, off, one.length * count, st.loc);
              if (statementIsConstant(st.body)) {
                let r = repeated[i];
                if (!r || r.one !== one || r.count !== count) repeated[i] = r = { one, count, bytes: repeatBytes(one, count) };
                emitted = r.bytes;
              } else {
                // "$" (and anything else not constant) is evaluated again for each repetition,
                // into packed bytes (a repetition may come out longer than the first).
                let out = new Uint8Array(one.length * count);
                let used = 0;
                for (let rep = 0; rep < count; rep++) {
                  env.here = env.addr = (addr + used) >>> 0;
                  const bytes = rep === 0 ? one : encodeAgain(i, st.body);
                  checkGrowth(info, off, used + bytes.length, st.loc);
                  if (used + bytes.length > out.length) { const grown = new Uint8Array(Math.max(out.length * 2, used + bytes.length)); grown.set(out); out = grown; }
                  out.set(bytes, used);
                  used += bytes.length;
                }
                emitted = out.subarray(0, used);
              }
              length = emitted.length;
            } else throw new LineError('times can only repeat an instruction or data', st.loc.col);
            break;
          }
          case 'align': {
            const a = evalKnown(st.n, 'alignment');
            if (a <= 0 || (a & (a - 1)) !== 0) throw new LineError(`alignment ${a} is not a power of two`, st.loc.col);
            length = checkGrowth(info, off, (a - (addr % a)) % a, st.loc);
            if (info.exec && !info.nobits) emitted = new Uint8Array(length).fill(0x90);
            break;
          }
        }
      } catch (e) {
        if (!(e instanceof LineError)) throw e;
        problem = e;
      }
      if (problem) {
        const p: Problem = { file: st.loc.file, line: st.loc.line, col: problem.col ?? st.loc.col, message: problem.message };
        errors.push(p);
        if (problem.certain) certainErrors.push(p);
        length = minLen[i]!;
        emitted = new Uint8Array(length);
      }
      if (info.nobits && emitted.length) {
        const code = st.s === 'insn' || (st.s === 'times' && st.body.s === 'insn');
        if (code || emitted.some((b) => b !== 0)) errors.push(problemAt(st.loc, `section '${info.name}' holds no data: use resb/resw/resd`));
        emitted = NO_BYTES;
      }
      if ((pass > 0 && errors.length >= errorRoom) || certainErrors.length >= errorRoom) {
        return {
          symbols: syms, symbolSection, passes: pass + 1, encodings: encodings + cache.encodings, stopped: true,
          problems: pass > 0 ? errors : certainErrors,
          bases: new Map(), sizes: new Map(), bytes: new Map(), lines: [],
        };
      }
      offsetOf[i] = off;
      lengthOf[i] = length;
      bytesOf[i] = emitted.length && !info.nobits ? emitted : null;
      offsets[s] = off + length;
    }
    // New section bases from this pass's sizes.
    const newBases: number[] = [];
    let at = base;
    for (let s = 0; s < order.length; s++) {
      newBases.push(at);
      if (offsets[s]! > 0) at = Math.ceil((at + offsets[s]!) / PAGE) * PAGE;
    }
    const firstFile = items[0]?.st.loc.file ?? '<input>';
    if (at > 0x100000000) errors.push(fileProblem(firstFile, `the sections extend past 4 GiB (base 0x${base.toString(16)})`));
    const stable = !grew && sameMap(syms, prevSyms) && newBases.every((b, s) => b === bases[s]);
    if (stable || pass >= (prog.circular ? 1 : MAX_PASSES)) {
      if (!stable && !prog.circular) errors.push(fileProblem(firstFile, `layout did not converge after ${MAX_PASSES} passes`));
      return {
        symbols: syms, symbolSection, passes: pass + 1, encodings: encodings + cache.encodings, problems: errors,
        bases: new Map(order.map((name, s) => [name, bases[s]!])),
        sizes: new Map(order.map((name, s) => [name, offsets[s]!])),
        bytes: sectionBytes(order, infos, offsets, itemSection, offsetOf, bytesOf),
        lines: lineTable(items, infos, itemSection, addrs, lengthOf),
      };
    }
    prevSyms = syms;
    [prevAddrs, addrs] = [addrs, prevAddrs];
    bases = newBases;
  }
}

/** Whether the statements of some file are interrupted by another file's. */
function fileComesBack(items: Item[]): boolean {
  const done = new Set<string>();
  let current: string | null = null;
  for (const { st } of items) {
    if (st.loc.file === current) continue;
    if (current !== null) done.add(current);
    if (done.has(st.loc.file)) return true;
    current = st.loc.file;
  }
  return false;
}

function sectionBytes(order: string[], infos: SectionInfo[], sizes: number[], itemSection: Int32Array,
  offsetOf: Float64Array, bytesOf: (Bytes | null)[]): Map<string, Uint8Array> {
  const bufs = order.map((_, s) => new Uint8Array(infos[s]!.nobits ? 0 : sizes[s]!));
  for (let i = 0; i < bytesOf.length; i++) {
    const b = bytesOf[i];
    if (b) bufs[itemSection[i]!]!.set(b, offsetOf[i]!);
  }
  return new Map(order.map((name, s) => [name, bufs[s]!]));
}

/** Address → C source line, for statements with bytes in executable sections. */
function lineTable(items: Item[], infos: SectionInfo[], itemSection: Int32Array, addrs: Float64Array, lengthOf: Float64Array): LineEntry[] {
  const lines: LineEntry[] = [];
  const lastFile: (string | null)[] = infos.map(() => null);
  const lastLine = infos.map(() => 0);
  for (let i = 0; i < items.length; i++) {
    const src = items[i]!.src;
    const s = itemSection[i]!;
    if (lengthOf[i]! <= 0 || !src || !infos[s]!.exec) continue;
    if (lastFile[s] === src.file && lastLine[s] === src.line) continue;
    lines.push({ addr: addrs[i]!, file: src.file, line: src.line });
    lastFile[s] = src.file;
    lastLine[s] = src.line;
  }
  return lines.sort((a, b) => a.addr - b.addr);
}

/** `one` repeated `n` times, packed: doubling copies, not one push per byte. */
function repeatBytes(one: Bytes, n: number): Uint8Array {
  const out = new Uint8Array(one.length * n);
  if (out.length === 0) return out;
  out.set(one, 0);
  for (let have = one.length; have < out.length; have *= 2) out.copyWithin(have, 0, Math.min(have, out.length - have));
  return out;
}

function checkGrowth(info: SectionInfo, offset: number, bytes: number, loc: Loc): number {
  const limit = info.nobits ? 0x100000000 : MAX_SECTION_BYTES;
  if (offset + bytes > limit) {
    throw new LineError(`section '${info.name}' would grow to ${offset + bytes} bytes (limit ${limit})`, loc.col);
  }
  return bytes;
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
