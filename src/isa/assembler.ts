// Whole-program assembler: every unit's text is parsed, the sections are laid out
// at 4 KiB boundaries from the base address, and instruction sizes are iterated to
// a fixed point (sizes only ever grow, so the loop ends) before bytes are final.
import { AsmError, LineError, formatDiagnostic } from './errors.ts';
import { extractCfi, resolveCfi } from './cfi.ts';
import { encodeInstruction, type EncodeEnv } from './encoder.ts';
import { MNEMONICS } from './mnemonics.ts';
import { evaluate, type EvalEnv, type Expr } from './expr.ts';
import type { LineEntry, LinkedImage, LinkedSection, LinkedSymbol } from './linked-image.ts';
import { UnitParser } from './parser.ts';
import type { Loc, Operand, Statement } from './statements.ts';

export type { LinkedImage, LinkedSection, LinkedSymbol, LineEntry } from './linked-image.ts';
export { AsmError } from './errors.ts';

export interface AsmUnit { name: string; text: string }

export interface AssembleOptions {
  base: number;
  /** Entry symbol; default '_start'. */
  entry?: string;
}

interface Item {
  st: Statement;
  section: string;
  src: { file: string; line: number } | null;
}

interface SectionInfo {
  name: string;
  write: boolean;
  exec: boolean;
  nobits: boolean;
}

const PAGE = 4096;
const MAX_PASSES = 64;

/** Assemble units into one linked image with sections at `opts.base`. */
export function assemble(units: AsmUnit[], opts: AssembleOptions): LinkedImage {
  const cfi = extractCfi(units); // .cfi_* lines become address-only symbols (cfi.ts)
  const prog = prepare(cfi.units, false);
  prog.errors.push(...cfi.errors);
  const result = layout(prog, opts.base, false);
  const entryName = opts.entry ?? '_start';
  const entry = result.symbols.get(entryName);
  if (entry === undefined) prog.errors.push(`${units[0]?.name ?? '<input>'}: error: entry symbol '${entryName}' is not defined`);
  if (prog.errors.length) throw new AsmError(sortDiagnostics(prog.errors, units));
  const image = buildImage(prog, result, entry!);
  const frames = resolveCfi(image, cfi.pending);
  if (frames.errors.length) throw new AsmError(sortDiagnostics(frames.errors, units));
  if (frames.procs.length) image.cfi = frames.procs;
  return image;
}

/** Assemble `bits 32` code with no sections into a flat binary loaded at `origin`. */
export function assembleFlatBinary(text: string, origin: number, name = '<flat>'): Uint8Array {
  const prog = prepare([{ name, text }], true);
  const result = layout(prog, origin, true);
  if (prog.errors.length) throw new AsmError(sortDiagnostics(prog.errors, [{ name, text }]));
  return result.bytes.get('.text') ?? new Uint8Array(0);
}

/** Diagnostics in source order: by unit, then line, then column. */
function sortDiagnostics(diags: string[], units: AsmUnit[]): string[] {
  const order = new Map(units.map((u, i) => [u.name, i]));
  const key = (d: string) => {
    for (const [name, i] of order) {
      if (!d.startsWith(name + ':')) continue;
      const m = /^(\d+):(\d+):/.exec(d.slice(name.length + 1));
      return m ? [i, Number(m[1]), Number(m[2])] : [i, Infinity, 0];
    }
    return [Infinity, 0, 0];
  };
  return [...new Set(diags)].map((d) => ({ d, k: key(d) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]).map((x) => x.d);
}

interface Program {
  items: Item[];
  sections: Map<string, SectionInfo>;
  globals: Set<string>;
  /** Local labels (".x", "..@x"): kept out of the symbol table. */
  locals: Set<string>;
  errors: string[];
  /** Some equate depends on itself (so layout cannot converge; already reported). */
  circular: boolean;
}

function sectionInfo(name: string, attrs: string[]): SectionInfo {
  const info: SectionInfo = {
    name,
    exec: name === '.text' || name.startsWith('.text.'),
    write: name === '.data' || name === '.bss' || name.startsWith('.data.') || name.startsWith('.bss.'),
    nobits: name === '.bss' || name.startsWith('.bss.'),
  };
  for (const a of attrs) {
    if (a === 'exec') info.exec = true;
    else if (a === 'noexec') info.exec = false;
    else if (a === 'write') info.write = true;
    else if (a === 'nowrite') info.write = false;
    else if (a === 'nobits') info.nobits = true;
    else if (a === 'progbits') info.nobits = false;
  }
  return info;
}

/** Parse every unit; give each statement its section and source line. */
function prepare(units: AsmUnit[], flat: boolean): Program {
  const prog: Program = { items: [], sections: new Map(), globals: new Set(), locals: new Set(), errors: [], circular: false };
  const defined = new Map<string, Loc>();
  for (const unit of units) {
    const parser = new UnitParser(unit.name);
    const stmts = parser.parseText(unit.text);
    for (const e of parser.errors) prog.errors.push(formatDiagnostic(e.loc, e.message));
    let section = '.text';
    let lineBase: { file: string; line: number; inc: number; at: number } | null = null;
    for (const st of stmts) {
      if (st.s === 'section') {
        if (flat) { prog.errors.push(formatDiagnostic(st.loc, 'section directives are not allowed in a flat binary')); continue; }
        section = st.name;
        const prev = prog.sections.get(section);
        if (!prev || st.attrs.length) prog.sections.set(section, sectionInfo(section, st.attrs));
        continue;
      }
      if (st.s === 'line') { lineBase = { file: st.file, line: st.line, inc: st.inc, at: st.loc.line }; continue; }
      if (st.s === 'global') { for (const n of st.names) prog.globals.add(n); continue; }
      if (st.s === 'bits') continue;
      if (st.s === 'label' || st.s === 'equ') {
        const prev = defined.get(st.name);
        if (prev) {
          prog.errors.push(formatDiagnostic(st.loc, `symbol '${st.name}' is already defined at ${prev.file}:${prev.line}`));
          continue;
        }
        defined.set(st.name, st.loc);
        if (st.s === 'label' && st.local) prog.locals.add(st.name);
      }
      if (!prog.sections.has(section)) prog.sections.set(section, sectionInfo(section, []));
      const src = lineBase ? { file: lineBase.file, line: lineBase.line + (st.loc.line - lineBase.at - 1) * lineBase.inc } : null;
      prog.items.push({ st, section, src });
    }
  }
  reportCircularEquates(prog);
  return prog;
}

/** "a equ b" + "b equ a" has no value: report each equate that depends on itself. */
function reportCircularEquates(prog: Program): void {
  const equs = new Map<string, Extract<Statement, { s: 'equ' }>>();
  for (const { st } of prog.items) if (st.s === 'equ') equs.set(st.name, st);
  const state = new Map<string, 'visiting' | 'done'>();
  // Depth-first with an explicit stack: a chain of 20,000 equates must not overflow the call stack.
  for (const root of equs.keys()) {
    if (state.has(root)) continue;
    state.set(root, 'visiting');
    const stack: { name: string; deps: string[]; next: number; cyclic: boolean }[] = [
      { name: root, deps: symbolsOf(equs.get(root)!.expr), next: 0, cyclic: false },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const dep = top.deps[top.next++];
      if (dep === undefined) {
        stack.pop();
        state.set(top.name, 'done');
        if (top.cyclic) {
          prog.errors.push(formatDiagnostic(equs.get(top.name)!.loc, `'${top.name}' is defined in terms of itself`));
          prog.circular = true;
        }
        continue;
      }
      const st = equs.get(dep);
      if (!st || state.get(dep) === 'done') continue;
      if (state.get(dep) === 'visiting') { top.cyclic = true; continue; }
      state.set(dep, 'visiting');
      stack.push({ name: dep, deps: symbolsOf(st.expr), next: 0, cyclic: false });
    }
  }
}

function symbolsOf(e: Expr): string[] {
  switch (e.k) {
    case 'sym': return [e.name];
    case 'un': return symbolsOf(e.a);
    case 'bin': return [...symbolsOf(e.a), ...symbolsOf(e.b)];
    default: return [];
  }
}

interface LayoutResult {
  symbols: Map<string, number>;
  symbolSection: Map<string, string | null>;
  bases: Map<string, number>;
  sizes: Map<string, number>;
  bytes: Map<string, Uint8Array>;
  lines: LineEntry[];
}

/** Section order: .multiboot, .text, .rodata, other named sections, .data, .bss. */
function sectionOrder(names: string[]): string[] {
  const rank = (n: string) => n === '.multiboot' ? 0 : n === '.text' ? 1 : n === '.rodata' ? 2 : n === '.data' ? 4 : n === '.bss' ? 5 : 3;
  return names.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i).map((x) => x.n);
}

function layout(prog: Program, base: number, flat: boolean): LayoutResult {
  const order = sectionOrder([...prog.sections.keys()]);
  if (flat && order.length === 0) order.push('.text');
  const minLen = new Map<Item, number>();
  let prevSyms = new Map<string, number>();
  let prevSymSection = new Map<string, string | null>();
  // Each statement's address in the previous pass: a forward reference in the same
  // section is estimated as its previous value moved by as much as this statement moved.
  let prevAddr = new Map<Item, number>();
  let bases = new Map<string, number>(order.map((n) => [n, base]));
  let errors: string[] = [];
  for (let pass = 0; ; pass++) {
    const syms = new Map<string, number>();
    const symSection = new Map<string, string | null>();
    const offsets = new Map<string, number>(order.map((n) => [n, 0]));
    const chunks = new Map<string, { off: number; bytes: ArrayLike<number> }[]>(order.map((n) => [n, []]));
    const lines: LineEntry[] = [];
    const lastLine = new Map<string, string>();
    errors = [];
    let grew = false;
    const undefinedSeen = new Set<string>();
    // One environment per pass, updated for each statement (no closures per statement).
    let cur: Item | null = null;
    let shift = 0;
    const addrs = new Map<Item, number>();
    const diag = (loc: Loc, msg: string) => errors.push(formatDiagnostic(loc, msg));
    const env: EncodeEnv = {
      lookup: (n) => {
        const now = syms.get(n);
        if (now !== undefined) return now;
        const before = prevSyms.get(n);
        if (before === undefined) return undefined;
        return prevSymSection.get(n) === cur!.section ? (before + shift) >>> 0 : before;
      },
      here: 0,
      sectionStart: 0,
      addr: 0,
      onUndefined: (name, col) => {
        const loc = cur!.st.loc;
        const key = `${loc.file}:${loc.line}:${name}`;
        if (prevSyms.has(name) || syms.has(name) || undefinedSeen.has(key)) return;
        undefinedSeen.add(key);
        diag({ ...loc, col: col || loc.col }, `undefined symbol '${name}'`);
      },
    };
    const evalKnown = (e: Expr, what: string): number => {
      const v = evaluate(e, env);
      if (!v.known) {
        if (v.undefinedName && !prevSyms.has(v.undefinedName)) env.onUndefined(v.undefinedName, v.undefinedCol ?? 0);
        else if (pass > 0) diag(cur!.st.loc, `${what} depends on a symbol that is not yet defined`);
      }
      return v.v;
    };
    const onGrow = (g: boolean) => { grew ||= g; };
    for (const item of prog.items) {
      const sec = item.section;
      const info = prog.sections.get(sec) ?? { name: sec, exec: true, write: true, nobits: false };
      const off = offsets.get(sec)!;
      const addr = (bases.get(sec)! + off) >>> 0;
      cur = item;
      shift = addr - (prevAddr.get(item) ?? addr);
      addrs.set(item, addr);
      env.here = addr;
      env.addr = addr;
      env.sectionStart = bases.get(sec)!;
      // Bytes as numbers, or packed when `times` repeats a constant body (16 MiB as numbers is ~256 MB).
      let emitted: number[] | Uint8Array = [];
      let length = 0;
      const st = item.st;
      try {
        switch (st.s) {
          case 'label':
            syms.set(st.name, addr);
            symSection.set(st.name, sec);
            break;
          case 'equ':
            syms.set(st.name, evalKnown(st.expr, 'equ value'));
            symSection.set(st.name, null);
            break;
          case 'insn': case 'data': {
            emitted = encodeStatement(st, env, item, minLen, onGrow);
            length = emitted.length;
            break;
          }
          case 'res': {
            const n = evalKnown(st.count, 'reserve count');
            if (n < 0) throw new LineError(`negative reserve count ${n}`, st.loc.col);
            // Zeros need no bytes: section buffers start zeroed.
            length = checkGrowth(info, off, n * st.width, st.loc);
            break;
          }
          case 'times': {
            const n = evalKnown(st.count, 'times count');
            if (n < 0) throw new LineError(`negative times count ${n}`, st.loc.col);
            if (st.body.s === 'res') {
              const k = evalKnown(st.body.count, 'reserve count') * st.body.width;
              if (k < 0) throw new LineError(`negative reserve count ${k / st.body.width}`, st.loc.col);
              length = checkGrowth(info, off, k * n, st.loc);
            } else if (st.body.s === 'insn' || st.body.s === 'data') {
              const one = encodeStatement(st.body, env, item, minLen, onGrow);
              checkGrowth(info, off, one.length * n, st.loc);
              if (statementIsConstant(st.body)) {
                emitted = repeatBytes(one, n);
              } else {
                // "$" (and anything else not constant) is evaluated again for each repetition,
                // into packed bytes (a repetition may come out longer than the first).
                let out = new Uint8Array(one.length * n);
                let used = 0;
                for (let i = 0; i < n; i++) {
                  env.here = env.addr = (addr + used) >>> 0;
                  const rep = i === 0 ? one : encodeStatement(st.body, env, item, minLen, onGrow);
                  checkGrowth(info, off, used + rep.length, st.loc);
                  if (used + rep.length > out.length) { const grown = new Uint8Array(Math.max(out.length * 2, used + rep.length)); grown.set(out); out = grown; }
                  out.set(rep, used);
                  used += rep.length;
                }
                emitted = out.subarray(0, used);
              }
              length = emitted.length;
            } else throw new LineError('times can only repeat an instruction or data', st.loc.col);
            break;
          }
          case 'align': {
            const n = evalKnown(st.n, 'alignment');
            if (n <= 0 || (n & (n - 1)) !== 0) throw new LineError(`alignment ${n} is not a power of two`, st.loc.col);
            length = checkGrowth(info, off, (n - (addr % n)) % n, st.loc);
            if (info.exec && !info.nobits) emitted = new Array(length).fill(0x90);
            break;
          }
        }
      } catch (e) {
        if (!(e instanceof LineError)) throw e;
        diag({ ...st.loc, col: e.col ?? st.loc.col }, e.message);
        length = minLen.get(item) ?? 0;
        emitted = new Array(length).fill(0);
      }
      if (info.nobits && emitted.length) {
        const code = st.s === 'insn' || (st.s === 'times' && st.body.s === 'insn');
        if (code || emitted.some((b) => b !== 0)) diag(st.loc, `section '${sec}' holds no data: use resb/resw/resd`);
        emitted = [];
      }
      if (length > 0 && item.src && info.exec) {
        const key = `${item.src.file}:${item.src.line}`;
        if (lastLine.get(sec) !== key) { lines.push({ addr, file: item.src.file, line: item.src.line }); lastLine.set(sec, key); }
      }
      if (emitted.length && !info.nobits) chunks.get(sec)!.push({ off, bytes: emitted });
      offsets.set(sec, off + length);
    }
    // New section bases from this pass's sizes.
    const newBases = new Map<string, number>();
    let at = base;
    for (const n of order) {
      newBases.set(n, at);
      const size = offsets.get(n)!;
      if (size > 0) at = Math.ceil((at + size) / PAGE) * PAGE;
    }
    if (at > 0x100000000) errors.push(`${prog.items[0]?.st.loc.file ?? '<input>'}: error: the sections extend past 4 GiB (base 0x${base.toString(16)})`);
    const stable = !grew && sameMap(syms, prevSyms) && sameMap(newBases, bases);
    if (stable || pass >= (prog.circular ? 1 : MAX_PASSES)) {
      if (!stable && !prog.circular) errors.push(`${prog.items[0]?.st.loc.file ?? '<input>'}: error: layout did not converge after ${MAX_PASSES} passes`);
      prog.errors.push(...errors);
      const bytes = new Map<string, Uint8Array>();
      for (const n of order) {
        const info = prog.sections.get(n);
        const buf = new Uint8Array(info?.nobits ? 0 : offsets.get(n)!);
        for (const c of chunks.get(n)!) buf.set(c.bytes, c.off);
        bytes.set(n, buf);
      }
      lines.sort((a, b) => a.addr - b.addr);
      return { symbols: syms, symbolSection: symSection, bases, sizes: offsets, bytes, lines };
    }
    prevSyms = syms;
    prevSymSection = symSection;
    prevAddr = addrs;
    bases = newBases;
  }
}

/** `one` repeated `n` times, packed: doubling copies, not one push per byte. */
function repeatBytes(one: number[], n: number): Uint8Array {
  const out = new Uint8Array(one.length * n);
  if (out.length === 0) return out;
  out.set(one, 0);
  for (let have = one.length; have < out.length; have *= 2) out.copyWithin(have, 0, Math.min(have, out.length - have));
  return out;
}

/** Sections with contents are built in memory, so they are capped; nobits ones must fit 4 GiB. */
const MAX_SECTION_BYTES = 16 * 1024 * 1024;

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

/** Encode an instruction or data statement; instructions pick the shortest encoding not shorter than before. */
function encodeStatement(st: Statement, env: EncodeEnv, item: Item, minLen: Map<Item, number>, grew: (g: boolean) => void): number[] {
  if (st.s === 'data') return encodeData(st, env);
  if (st.s !== 'insn') return [];
  // Instructions whose operands name no symbol and no $ encode the same in every pass.
  let cands = constantEncodings.get(st);
  if (!cands) {
    cands = encodeInstruction(st, env).sort((a, b) => a.length - b.length);
    if (!RELATIVE_BRANCHES.has(st.mnemonic) && st.operands.every(operandIsConstant)) constantEncodings.set(st, cands);
  }
  const floor = minLen.get(item) ?? 0;
  const pick = cands.find((c) => c.length >= floor) ?? cands[cands.length - 1];
  if (pick.length > floor) { minLen.set(item, pick.length); if (floor > 0) grew(true); }
  return pick;
}

const constantEncodings = new WeakMap<Statement, number[][]>();

/** Mnemonics with a relative-target form: their bytes depend on the instruction's address. */
const RELATIVE_BRANCHES: ReadonlySet<string> = new Set([...MNEMONICS].filter(([, cs]) =>
  cs.some((c) => c.form.operands.includes('Jb') || c.form.operands.includes('Jv'))).map(([n]) => n));

function exprIsConstant(e: Expr | null): boolean {
  if (e === null) return true;
  switch (e.k) {
    case 'num': case 'reg': return true;
    case 'un': return exprIsConstant(e.a);
    case 'bin': return exprIsConstant(e.a) && exprIsConstant(e.b);
    default: return false;
  }
}

function operandIsConstant(op: Operand): boolean {
  switch (op.kind) {
    case 'reg': return true;
    case 'mem': return exprIsConstant(op.disp);
    case 'imm': return exprIsConstant(op.expr);
    case 'farptr': return exprIsConstant(op.sel) && exprIsConstant(op.off);
  }
}

function statementIsConstant(st: Statement): boolean {
  if (st.s === 'insn') return !RELATIVE_BRANCHES.has(st.mnemonic) && st.operands.every(operandIsConstant);
  if (st.s === 'data') return st.items.every((it) => !('expr' in it) || exprIsConstant(it.expr));
  return false;
}

function encodeData(st: Extract<Statement, { s: 'data' }>, env: EvalEnv & { onUndefined(n: string, c: number): void }): number[] {
  const out: number[] = [];
  for (const it of st.items) {
    if ('str' in it) {
      const start = out.length;
      for (const ch of it.str) {
        const code = ch.charCodeAt(0);
        if (code > 255) throw new LineError(`character '${ch}' is not a single byte`, st.loc.col);
        out.push(code);
      }
      while ((out.length - start) % st.width) out.push(0);
      continue;
    }
    if ('big' in it) {
      for (let i = 0n; i < 8n; i++) out.push(Number((it.big >> (8n * i)) & 0xffn));
      continue;
    }
    const v = evaluate(it.expr, env);
    if (!v.known && v.undefinedName) env.onUndefined(v.undefinedName, v.undefinedCol ?? 0);
    const lim = 1 << (8 * st.width);
    if (v.known && st.width < 4 && (v.v >= lim || v.v < -(lim >> 1))) {
      throw new LineError(`value ${v.v} does not fit in ${st.width === 1 ? 'a byte' : 'a word'}`, st.loc.col);
    }
    for (let i = 0; i < Math.min(st.width, 4); i++) out.push((v.v >>> (8 * i)) & 0xff);
    // dq of a 32-bit expression: sign-extended.
    for (let i = 4; i < st.width; i++) out.push(v.v < 0 ? 0xff : 0);
  }
  return out;
}

function buildImage(prog: Program, r: LayoutResult, entry: number): LinkedImage {
  const order = sectionOrder([...prog.sections.keys()]);
  const sections: LinkedSection[] = [];
  for (const n of order) {
    const size = r.sizes.get(n)!;
    if (size === 0) continue;
    const info = prog.sections.get(n)!;
    sections.push({
      name: n, addr: r.bases.get(n)!, bytes: r.bytes.get(n)!, size, nobits: info.nobits,
      flags: { read: true, write: info.write, exec: info.exec },
    });
  }
  const symbols: LinkedSymbol[] = [];
  const bySection = new Map<string, { name: string; value: number }[]>();
  for (const [name, value] of r.symbols) {
    const sec = r.symbolSection.get(name) ?? null;
    if (prog.locals.has(name)) continue;
    if (sec === null) {
      symbols.push({ name, value: value >>> 0, section: null, global: prog.globals.has(name), kind: 'notype', size: 0 });
      continue;
    }
    let list = bySection.get(sec);
    if (!list) bySection.set(sec, (list = []));
    list.push({ name, value: value >>> 0 });
  }
  for (const [sec, list] of bySection) {
    const info = prog.sections.get(sec)!;
    const end = r.bases.get(sec)! + r.sizes.get(sec)!;
    list.sort((a, b) => a.value - b.value);
    list.forEach((s, i) => {
      const next = list.slice(i + 1).find((x) => x.value > s.value)?.value ?? end;
      symbols.push({ name: s.name, value: s.value, section: sec, global: prog.globals.has(s.name), kind: info.exec ? 'func' : 'object', size: next - s.value });
    });
  }
  symbols.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  return { sections, symbols, entry: entry >>> 0, lines: r.lines };
}
