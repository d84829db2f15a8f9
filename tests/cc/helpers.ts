// Shared helpers for the cc tests: compile a source string and capture the outcome.
import * as fs from 'node:fs';
import { compileToAssembly, CompileError, preprocessOnly, INCLUDE_DIR } from '../../cc/driver.ts';

/** In-memory files first; the real cc/include for system headers. */
const reader = (files: Record<string, string>) => (p: string): string | undefined =>
  files[p] ?? (p.startsWith(INCLUDE_DIR) && fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);

export function compile(text: string, name = 't.c', files: Record<string, string> = {}): string {
  const units = compileToAssembly([{ name, text }], { readFile: reader(files) });
  return units[0]!.text;
}

export function errorsOf(text: string, name = 't.c', files: Record<string, string> = {}): string[] {
  try {
    compileToAssembly([{ name, text }], { readFile: reader(files) });
  } catch (e) {
    if (e instanceof CompileError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a compile error');
}

export function pp(text: string, files: Record<string, string> = {}): string {
  return preprocessOnly({ name: 't.c', text }, { readFile: reader(files) });
}

/** Only instruction lines, trimmed, without comments and %line markers. */
export function instructions(asm: string): string[] {
  return asm.split('\n').map((l) => l.replace(/;.*$/, '').trim()).filter((l) => l && !l.startsWith('%line'));
}
