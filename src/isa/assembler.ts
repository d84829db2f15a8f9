// Whole-program assembler: every unit's text is parsed once into statements, the
// sections are laid out at 4 KiB boundaries from the base address (layout.ts
// iterates instruction sizes to a fixed point), and the result is a linked image.
import type { Program, SectionInfo } from './asm-program.ts';
import { AsmError } from './errors.ts';
import { extractCfi, resolveCfi } from './cfi.ts';
import type { Expr } from './expr.ts';
import { layout, sectionOrder, type LayoutResult } from './layout.ts';
import type { LinkedImage, LinkedSection, LinkedSymbol } from './linked-image.ts';
import { UnitParser } from './parser.ts';
import { fileProblem, formatProblems, MAX_PROBLEMS, problemAt } from './problems.ts';
import type { Loc, Statement } from './statements.ts';

export type { LinkedImage, LinkedSection, LinkedSymbol, LineEntry } from './linked-image.ts';
export { AsmError } from './errors.ts';

export interface AsmUnit { name: string; text: string }

export interface AssembleOptions {
  base: number;
  /** Entry symbol; default '_start'. */
  entry?: string;
}

/** What the layout did, for tests that bound the work on large inputs. */
export interface AssembleStats { passes: number; encodings: number; statements: number }

/** Assemble units into one linked image with sections at `opts.base`. */
export function assemble(units: AsmUnit[], opts: AssembleOptions, stats?: AssembleStats): LinkedImage {
  const cfi = extractCfi(units); // .cfi_* lines become address-only symbols (cfi.ts)
  const prog = prepare(cfi.units, false);
  const unitNames = units.map((u) => u.name);
  if (stats) Object.assign(stats, { passes: 0, encodings: 0, statements: prog.items.length });
  if (prog.stopped) throw new AsmError(formatProblems(prog.problems, unitNames, true));
  prog.problems.push(...cfi.errors);
  const result = layout(prog, opts.base, false);
  prog.problems.push(...result.problems);
  if (stats) Object.assign(stats, { passes: result.passes, encodings: result.encodings });
  if (result.stopped) throw new AsmError(formatProblems(prog.problems, unitNames, true));
  const entryName = opts.entry ?? '_start';
  const entry = result.symbols.get(entryName);
  if (entry === undefined) prog.problems.push(fileProblem(units[0]?.name ?? '<input>', `entry symbol '${entryName}' is not defined`));
  if (prog.problems.length) throw new AsmError(formatProblems(prog.problems, unitNames));
  const image = buildImage(prog, result, entry!);
  const frames = resolveCfi(image, cfi.pending);
  if (frames.errors.length) throw new AsmError(formatProblems(frames.errors, unitNames));
  if (frames.procs.length) image.cfi = frames.procs;
  return image;
}

/** Assemble `bits 32` code with no sections into a flat binary loaded at `origin`. */
export function assembleFlatBinary(text: string, origin: number, name = '<flat>'): Uint8Array {
  const prog = prepare([{ name, text }], true);
  if (prog.stopped) throw new AsmError(formatProblems(prog.problems, [name], true));
  const result = layout(prog, origin, true);
  prog.problems.push(...result.problems);
  if (prog.problems.length) throw new AsmError(formatProblems(prog.problems, [name], result.stopped));
  return result.bytes.get('.text') ?? new Uint8Array(0);
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
  const prog: Program = { items: [], sections: new Map(), globals: new Set(), locals: new Set(), problems: [], circular: false, stopped: false };
  const defined = new Map<string, Loc>();
  for (const unit of units) {
    const parser = new UnitParser(unit.name);
    const stmts = parser.parseText(unit.text, MAX_PROBLEMS - prog.problems.length);
    for (const e of parser.errors) prog.problems.push(problemAt(e.loc, e.message));
    if (parser.stopped) { prog.stopped = true; return prog; }
    let section = '.text';
    let lineBase: { file: string; line: number; inc: number; at: number } | null = null;
    for (const st of stmts) {
      if (st.s === 'section') {
        if (flat) { prog.problems.push(problemAt(st.loc, 'section directives are not allowed in a flat binary')); continue; }
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
          prog.problems.push(problemAt(st.loc, `symbol '${st.name}' is already defined at ${prev.file}:${prev.line}`));
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
          prog.problems.push(problemAt(equs.get(top.name)!.loc, `'${top.name}' is defined in terms of itself`));
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
    // A symbol's size runs to the next greater address (from the end: one sweep, not a search per symbol).
    let next = end;
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      const after = list[i + 1];
      if (after && after.value > s.value) next = after.value;
      symbols.push({ name: s.name, value: s.value, section: sec, global: prog.globals.has(s.name), kind: info.exec ? 'func' : 'object', size: next - s.value });
    }
  }
  symbols.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  return { sections, symbols, entry: entry >>> 0, lines: r.lines };
}
