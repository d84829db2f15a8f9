// Builds the bundled kernel (every kernel/*.c and kernel/*.s, kind 'kernel')
// and the bundled programs (each kernel/user/*.c or *.s, and kernel/user/attacks/*,
// one program per file) with cc's buildExecutable. Results are cached on disk
// under node_modules/.cache/ringside/, keyed by a hash of every input (the
// sources, the headers, and the compiler and assembler themselves), and in
// memory for the rest of the process.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExecutable, CompileError } from '../../cc/driver.ts';

/** The repository root (this file is src/build/bundle.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BundledProgram {
  /** The program's name: its file's basename without extension. */
  name: string;
  /** The source file, relative to the project root. */
  source: string;
  elf: Uint8Array;
}

export interface BundleFailure {
  name: string;
  source: string;
  diagnostics: string[];
}

export interface Bundle {
  kernel: Uint8Array;
  programs: BundledProgram[];
  /** Bundled programs that did not build: left out, so one broken demo does not stop the rest. */
  failures: BundleFailure[];
}

export interface BundleOptions {
  /** Where kernel/, cc/ and src/isa/ live (default: this checkout). */
  root?: string;
  /** Where cached builds are kept (default: <root>/node_modules/.cache/ringside). */
  cacheDir?: string;
}

export class BundleError extends Error {
  override name = 'BundleError';
  /** Compiler diagnostics behind the failure, if any, after a first line saying what failed. */
  readonly diagnostics: string[];
  constructor(message: string, diagnostics: string[] = []) {
    super(message);
    this.diagnostics = diagnostics.length ? [message, ...diagnostics] : [];
  }
}

const SOURCE_EXTS = new Set(['.c', '.s']);
const memoryCache = new Map<string, Uint8Array>();

/** The bundled kernel and programs, built or taken from the cache. */
export function buildBundle(opts: BundleOptions = {}): Bundle {
  return { kernel: buildBundledKernel(opts), ...buildBundledPrograms(opts) };
}

/** The kernel's multiboot ELF image. */
export function buildBundledKernel(opts: BundleOptions = {}): Uint8Array {
  const root = opts.root ?? PROJECT_ROOT;
  const kernelDir = join(root, 'kernel');
  const sources = listFiles(kernelDir, (f) => SOURCE_EXTS.has(extname(f)));
  if (sources.length === 0) throw new BundleError(`no kernel sources (*.c, *.s) in ${kernelDir}`);
  const headers = listFiles(kernelDir, (f) => extname(f) === '.h');
  try {
    return cached(opts, 'kernel', [...sources, ...headers], () =>
      buildExecutable(sources, { kind: 'kernel', includePaths: [kernelDir] }).elf,
    );
  } catch (e) {
    if (e instanceof CompileError) throw new BundleError('the bundled kernel does not build:', e.diagnostics);
    throw e;
  }
}

/** Every bundled program that builds, sorted by name, and the ones that do not;
 *  with `only`, just the programs of those names (the others are not built). */
export function buildBundledPrograms(
  opts: BundleOptions = {}, only?: readonly string[],
): { programs: BundledProgram[]; failures: BundleFailure[] } {
  const root = opts.root ?? PROJECT_ROOT;
  const userDir = join(root, 'kernel', 'user');
  const headers = [...listFiles(userDir, (f) => extname(f) === '.h'), ...listFiles(join(userDir, 'attacks'), (f) => extname(f) === '.h')];
  const sources = [
    ...listFiles(userDir, (f) => SOURCE_EXTS.has(extname(f))),
    ...listFiles(join(userDir, 'attacks'), (f) => SOURCE_EXTS.has(extname(f))),
  ];
  const programs: BundledProgram[] = [];
  const failures: BundleFailure[] = [];
  const seen = new Map<string, string>();
  for (const file of sources) {
    const name = programName(file);
    const other = seen.get(name);
    if (other) throw new BundleError(`two bundled programs are named "${name}": ${relative(root, other)} and ${relative(root, file)}`);
    seen.set(name, file);
    if (only && !only.includes(name)) continue;
    const source = relative(root, file);
    try {
      const elf = cached(opts, `user-${name}`, [file, ...headers], () =>
        buildExecutable([file], { kind: 'user', includePaths: [dirname(file)], debug: false }).elf,
      );
      programs.push({ name, source, elf });
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      failures.push({ name, source, diagnostics: e.diagnostics });
    }
  }
  programs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { programs, failures };
}

/** A program's name: the file's basename without its extension. */
export function programName(file: string): string {
  return basename(file, extname(file));
}

let toolchainDigest: string | null = null;

/** Hash of the toolchain that builds everything: the compiler, its headers and
 *  runtime, and the assembler/ELF writer (computed once per process). */
function toolchainHash(): string {
  if (toolchainDigest === null) {
    const isSource = (f: string) => /\.(ts|c|s|h)$/.test(f);
    const hash = createHash('sha256');
    for (const file of [...listFilesDeep(join(PROJECT_ROOT, 'cc'), isSource), ...listFilesDeep(join(PROJECT_ROOT, 'src', 'isa'), isSource)]) {
      hash.update(relative(PROJECT_ROOT, file));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
    toolchainDigest = hash.digest('hex');
  }
  return toolchainDigest;
}

function cached(opts: BundleOptions, label: string, inputs: string[], build: () => Uint8Array): Uint8Array {
  const root = opts.root ?? PROJECT_ROOT;
  const hash = createHash('sha256');
  hash.update(`ringside-bundle-v1\0${label}\0${toolchainHash()}\0`);
  for (const file of [...inputs].sort()) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  const key = `${label}-${hash.digest('hex').slice(0, 32)}`;
  const inMemory = memoryCache.get(key);
  if (inMemory) return inMemory;

  const dir = opts.cacheDir ?? join(root, 'node_modules', '.cache', 'ringside');
  const path = join(dir, `${key}.elf`);
  if (existsSync(path)) {
    const bytes = new Uint8Array(readFileSync(path));
    memoryCache.set(key, bytes);
    return bytes;
  }
  const bytes = build();
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so that a concurrent run never reads half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch {
    // A read-only checkout still works, just without the disk cache.
  }
  memoryCache.set(key, bytes);
  return bytes;
}

function listFiles(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && keep(f))
    .sort();
}

function listFilesDeep(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFilesDeep(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}
