// The compiler driver: C files → assembly units, and whole programs → ELF.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './codegen.ts';
import { buildDwarf, describeUnit, type DebugUnit } from './dwarf.ts';
import { CompileError, Diagnostics, ParseAbort, type SourceFile } from './diagnostics.ts';
import type { Token } from './lexer.ts';
import { parseProgram } from './parser.ts';
import { preprocess, SYSTEM_INCLUDE_DIR, type PreprocessOptions } from './preprocess.ts';
import { parseSyscallHeader, syscallWrappers } from './syscalls.ts';
import type { WarningOptions } from './warnings.ts';
import { globalsOf, undefinedReferences } from './link-check.ts';
import { assemble, AsmError, type LinkedImage } from '../src/isa/assembler.ts';
import { writeElfExecutable } from '../src/isa/elf-write.ts';

export { CompileError } from './diagnostics.ts';
export type { SourceFile } from './diagnostics.ts';
export type { LinkedImage } from '../src/isa/assembler.ts';

export const CC_DIR = path.dirname(fileURLToPath(import.meta.url));
export const RUNTIME_DIR = path.join(CC_DIR, 'runtime');
export const INCLUDE_DIR = SYSTEM_INCLUDE_DIR;

export interface CompileOptions {
  includePaths?: string[];
  defines?: Record<string, string>;
  /** Read include files from somewhere other than the file system (tests). */
  readFile?: (p: string) => string | undefined;
  /** -W options and where warnings go (default: on, to stderr). */
  warnings?: WarningOptions;
}

export interface AsmUnit {
  name: string;
  text: string;
  /** A C unit's functions, variables and types, for the DWARF sections. */
  debug?: DebugUnit;
  /** A C unit whose code computes with float or double. */
  usesFloat?: boolean;
}

/** Any unexpected exception becomes a CompileError so callers see one error type. */
function guarded<T>(diags: Diagnostics, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CompileError) throw e;
    if (e instanceof ParseAbort) throw new CompileError(diags.messages.length ? diags.messages : ['error: compilation failed']);
    if (e instanceof RangeError) throw new CompileError([...diags.messages, 'error: program is too deeply nested to compile']);
    throw new CompileError([...diags.messages, `internal compiler error: ${(e as Error).message ?? String(e)}`]);
  }
}

/** Compile each C file to one assembly unit. Statics and string labels are prefixed per unit. */
export function compileToAssembly(files: SourceFile[], opts: CompileOptions = {}): AsmUnit[] {
  return compileUnits(files, opts, 0, new Set());
}

/** `firstUnit` numbers the units (their static-name prefixes); `omit` drops global functions. */
function compileUnits(files: SourceFile[], opts: CompileOptions, firstUnit: number, omit: ReadonlySet<string>): AsmUnit[] {
  const diags = new Diagnostics(opts.warnings);
  return guarded(diags, () => {
    const units: AsmUnit[] = [];
    files.forEach((file, i) => {
      const before = diags.messages.length;
      const toks = preprocess(file, ppOpts(opts), diags);
      const prog = parseProgram(toks, { prefix: String(firstUnit + i) }, diags);
      if (diags.messages.length > before) return;
      const text = generate(prog, omit);
      units.push({ name: asmNameFor(file.name), text, debug: describeUnit(file.name, prog, omit), usesFloat: prog.usesFloat });
    });
    diags.throwIfErrors();
    return units;
  });
}

function ppOpts(opts: CompileOptions): PreprocessOptions {
  return { includePaths: opts.includePaths, defines: opts.defines, readFile: opts.readFile };
}

function asmNameFor(name: string): string {
  return name.replace(/\.c$/, '') + '.s';
}

/** Preprocess only (the -E option): tokens re-joined, one output line per source line. */
export function preprocessOnly(file: SourceFile, opts: CompileOptions = {}): string {
  const diags = new Diagnostics(opts.warnings);
  return guarded(diags, () => {
    const toks = preprocess(file, ppOpts(opts), diags);
    diags.throwIfErrors();
    return joinTokens(toks);
  });
}

function joinTokens(toks: Token[]): string {
  let out = '';
  let line = -1;
  let fileName = '';
  for (const t of toks) {
    if (t.kind === 'eof') break;
    if (t.pos.file.name !== fileName || t.pos.line !== line) {
      if (out) out += '\n';
      fileName = t.pos.file.name; line = t.pos.line;
    } else if (t.spaceBefore) out += ' ';
    out += t.text;
  }
  return out + '\n';
}

/** The generated syscall wrappers for user programs (from cc/include/syscall.h). */
export function syscallWrapperUnit(omit: ReadonlySet<string> = new Set()): AsmUnit {
  const header = fs.readFileSync(path.join(INCLUDE_DIR, 'syscall.h'), 'utf8');
  return { name: 'syscalls.s', text: syscallWrappers(parseSyscallHeader(header), omit) };
}

/** The floating-point part of the runtime, linked only into programs that use it. */
export const FP_RUNTIME_DIR = path.join(RUNTIME_DIR, 'fp');

/**
 * The user runtime's C sources (libc), compiled into every user program; with
 * `fp`, also runtime/fp (math, strtod, the exact digits for printf's %f).
 */
export function runtimeSources(fp = false): SourceFile[] {
  const read = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.c')).sort()
    .map((f) => ({ name: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return fp ? [...read(RUNTIME_DIR), ...read(FP_RUNTIME_DIR)] : read(RUNTIME_DIR);
}

/** The runtime compiled for one program, cached: every build compiles the
 *  same sources, varying only in unit numbers and the program's own names. */
const runtimeCache = new Map<string, AsmUnit[]>();

function compiledRuntime(opts: CompileOptions, firstUnit: number, own: ReadonlySet<string>, fp: boolean): AsmUnit[] {
  const sources = runtimeSources(fp);
  // A program without floating point gets the runtime exactly as before: no x87 code at all.
  if (fp) opts = { ...opts, defines: { ...opts.defines, __ringside_fp: '1' } };
  const text = sources.map((f) => f.text).join('\0');
  // Only names the runtime mentions can change what it compiles to.
  const relevant = [...own].filter((n) => text.includes(n)).sort();
  const debug = (opts as { debug?: boolean }).debug;
  // The runtime's own headers (runtime/fp/libm.h) are part of what it compiles to.
  const headers = fp ? fs.readdirSync(FP_RUNTIME_DIR).filter((f) => f.endsWith('.h')).sort()
    .map((f) => fs.readFileSync(path.join(FP_RUNTIME_DIR, f), 'utf8')) : [];
  const key = JSON.stringify([firstUnit, relevant, opts.includePaths ?? [], opts.defines ?? {}, debug, sources.map((f) => f.name), text, headers]);
  let units = opts.readFile ? undefined : runtimeCache.get(key);
  if (!units) {
    // The runtime is like a prebuilt libc: its warnings are not the program's.
    units = compileUnits(sources, { ...opts, warnings: { ...opts.warnings, none: true } }, firstUnit, new Set(relevant));
    if (runtimeCache.size > 16) runtimeCache.clear();
    runtimeCache.set(key, units);
  }
  return units;
}

const FP_START = path.join(FP_RUNTIME_DIR, 'fpstart.s');

/** The entry of floating-point programs: sets up the x87, then jumps to _start. */
export function fpStartUnit(): AsmUnit {
  return { name: FP_START, text: fs.readFileSync(FP_START, 'utf8') };
}

export function crt0Unit(): AsmUnit {
  const p = path.join(RUNTIME_DIR, 'crt0.s');
  return { name: p, text: fs.readFileSync(p, 'utf8') };
}

export interface ProgramOptions extends CompileOptions {
  kind: 'user' | 'kernel';
  /** DWARF sections in the ELF (default true). Programs the kernel loads as multiboot
   *  modules go without: modules are whole files in guest RAM, and gdb reads the
   *  same code's DWARF from a `ringside cc` build on the host. */
  debug?: boolean;
}

export const USER_BASE = 0x40000000;
export const KERNEL_BASE = 0x00100000;


/**
 * Everything a program is assembled from, in order: the given files (C compiled,
 * .s/.asm as written), and for user programs crt0 (unless the program has its own
 * `_start`), the syscall wrappers and the runtime libc.
 */
export function programUnits(paths: string[], opts: ProgramOptions): { units: AsmUnit[]; base: number; entry: string; fromC: Map<AsmUnit, string> } {
  // Keep the files in the order given: a kernel's entry file (with its multiboot
  // header) must come first so the header lands at the start of .text.
  const inputs: ({ c: SourceFile } | { asm: AsmUnit })[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let text: string;
    try { text = fs.readFileSync(p, 'utf8'); } catch { problems.push(`error: cannot read '${p}'`); continue; }
    if (p.endsWith('.c')) inputs.push({ c: { name: p, text } });
    else if (p.endsWith('.s') || p.endsWith('.asm') || p.endsWith('.S')) inputs.push({ asm: { name: p, text } });
    else problems.push(`error: '${p}': unknown file type (expected .c, .s or .asm)`);
  }
  if (problems.length) throw new CompileError(problems);
  const user = opts.kind === 'user';
  const includePaths = user ? opts.includePaths : [...(opts.includePaths ?? []), INCLUDE_DIR];
  const cFiles = inputs.flatMap((i) => ('c' in i ? [i.c] : []));
  const compiled = compileUnits(cFiles, { ...opts, includePaths }, 0, new Set());
  let next = 0;
  const units = inputs.map((i) => ('c' in i ? compiled[next++]! : i.asm));
  const fromC = new Map(compiled.map((u, i) => [u, cFiles[i]!.name]));
  if (user) {
    // Like static linking: a function the program defines itself replaces the
    // runtime's (or the syscall wrapper) of the same name.
    const own = new Set(units.flatMap((u) => [...globalsOf(u.text)]));
    const fp = compiled.some((u) => u.usesFloat);
    const runtime = compiledRuntime(opts, cFiles.length, own, fp);
    if (!own.has('_start')) units.unshift(crt0Unit());
    if (fp) units.unshift(fpStartUnit());
    // The runtime's own exit (atexit, stdio flush) replaces the exit wrapper too.
    const defined = new Set([...own, ...runtime.flatMap((u) => [...globalsOf(u.text)])]);
    units.push(syscallWrapperUnit(defined), ...runtime);
  }
  const fp = user && units.some((u) => u.name === FP_START);
  return { units, base: user ? USER_BASE : KERNEL_BASE, entry: fp ? '__fp_start' : '_start', fromC };
}

/**
 * Build an ELF executable from .c/.s/.asm files by whole-program assembly.
 * Assembler problems are reported as a CompileError too (its diagnostics say
 * `file:line:col: error: ...` for the assembly unit).
 */
export function buildExecutable(paths: string[], opts: ProgramOptions): { elf: Uint8Array; image: LinkedImage; units: AsmUnit[] } {
  const { units, base, entry, fromC } = programUnits(paths, opts);
  const missing = undefinedReferences(units, fromC);
  if (missing.length) throw new CompileError(missing);
  let image: LinkedImage;
  try {
    image = assemble(units, { base, entry });
  } catch (e) {
    if (e instanceof AsmError) throw new CompileError(e.diagnostics);
    // Keep the one-error-type promise even if the assembler trips over odd asm() text.
    throw new CompileError([`error: assembler failed: ${(e as Error).message ?? String(e)}`]);
  }
  const dwarf = opts.debug === false ? [] : buildDwarf(units.flatMap((u) => (u.debug ? [u.debug] : [])), image);
  return { elf: writeElfExecutable(image, dwarf), image, units };
}
