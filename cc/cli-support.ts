// What the `ringside cc FILE... -o OUT [-S] [-E] [-I dir] [-D name=value] [--kernel]`
// command needs: argument handling and file output, returning an exit code and
// the text for stdout/stderr instead of touching the process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExecutable, compileToAssembly, preprocessOnly, CompileError } from './driver.ts';
import { applyWarningOption, type WarningOptions } from './warnings.ts';

export interface CcCommandOptions {
  files: string[];
  output?: string;          // -o
  assembleOnly?: boolean;   // -S: write assembly (one .s per C file, or OUT for a single file)
  preprocessOnly?: boolean; // -E: write preprocessed text to OUT or stdout
  includePaths?: string[];  // -I
  defines?: Record<string, string>; // -D name[=value]
  kind?: 'user' | 'kernel'; // default 'user'
  warnings?: WarningOptions; // -W..., -Werror, -w
}

export interface CcCommandResult { exitCode: number; stdout: string; stderr: string; written: string[] }

/** Parse argv-style arguments (without the leading `cc`) into options. */
export function parseCcArgs(argv: string[]): CcCommandOptions | string {
  const o: CcCommandOptions = { files: [], includePaths: [], defines: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string): string | undefined => (a.length > flag.length ? a.slice(flag.length) : argv[++i]);
    if (a === '-S') o.assembleOnly = true;
    else if (a === '-E') o.preprocessOnly = true;
    else if (a === '--kernel') o.kind = 'kernel';
    else if (a === '-w') (o.warnings ??= {}).none = true;
    else if (a.startsWith('-W') && a.length > 2) { const bad = applyWarningOption(o.warnings ??= {}, a.slice(2)); if (bad) return bad; }
    else if (a.startsWith('-o')) { const v = value('-o'); if (!v) return 'option -o needs a file name'; o.output = v; }
    else if (a.startsWith('-I')) { const v = value('-I'); if (!v) return 'option -I needs a directory'; o.includePaths!.push(v); }
    else if (a.startsWith('-D')) {
      const v = value('-D');
      if (!v) return 'option -D needs name[=value]';
      const eq = v.indexOf('=');
      o.defines![eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '1' : v.slice(eq + 1);
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else o.files.push(a);
  }
  return o;
}

export function runCcCommand(opts: CcCommandOptions | string): CcCommandResult {
  const res: CcCommandResult = { exitCode: 0, stdout: '', stderr: '', written: [] };
  const fail = (msg: string) => ({ ...res, exitCode: 1, stderr: msg.endsWith('\n') ? msg : msg + '\n' });
  if (typeof opts === 'string') return fail(`cc: ${opts}`);
  if (opts.files.length === 0) return fail('cc: no input files');
  // Warnings are part of stderr, before any errors.
  const warnings: WarningOptions = { ...opts.warnings, sink: (d) => { res.stderr += d + '\n'; } };
  const common = { includePaths: opts.includePaths, defines: opts.defines, warnings };
  const write = (file: string, data: string | Uint8Array) => { fs.writeFileSync(file, data); res.written.push(file); };
  try {
    if (opts.preprocessOnly) {
      const text = opts.files.map((f) => preprocessOnly({ name: f, text: read(f) }, common)).join('');
      if (opts.output) write(opts.output, text); else res.stdout = text;
      return res;
    }
    if (opts.assembleOnly) {
      const cFiles = opts.files.filter((f) => f.endsWith('.c'));
      if (cFiles.length !== opts.files.length) return fail('cc: -S takes only .c files');
      const units = compileToAssembly(cFiles.map((f) => ({ name: f, text: read(f) })), common);
      if (opts.output && units.length !== 1) return fail('cc: -S with -o needs exactly one input file');
      units.forEach((u, i) => write(opts.output ?? replaceExt(cFiles[i]!, '.s'), u.text));
      return res;
    }
    const out = opts.output ?? 'a.out';
    const { elf } = buildExecutable(opts.files, { kind: opts.kind ?? 'user', ...common });
    write(out, elf);
    try { fs.chmodSync(out, 0o755); } catch { /* not fatal */ }
    return res;
  } catch (e) {
    if (e instanceof CompileError) return fail(res.stderr + e.diagnostics.join('\n'));
    if (e instanceof CcInputError) return fail(e.message);
    throw e;
  }
}

class CcInputError extends Error {}

function read(file: string): string {
  try { return fs.readFileSync(file, 'utf8'); } catch { throw new CcInputError(`cc: cannot read '${file}'`); }
}

function replaceExt(file: string, ext: string): string {
  return path.join(path.dirname(file), path.basename(file, path.extname(file)) + ext);
}
