// Reads the self-describing header of a test program in tests/cc/programs:
//   // expect: exit N            the program's exit status (default 0)
//   // expect-output: TEXT       one line of expected stdout (repeatable; `\n` added per line)
//   // args: a b c               argv[1..] for the program
//   // stdin: TEXT               one line of the program's stdin (repeatable; `\n` added
//                                per line); the input then ends (end of file)
//   // stdin-eof                 stdin is empty: end of file at once
// Shared by the native checker (scripts/cc-native-check.ts) and any in-emulator runner.
// scripts/cc-gcc-expect.ts writes these headers from a gcc -m32 build of the program
// (tests/cc/programs/int64 was generated that way).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ProgramSpec { file: string; exit: number; output: string; args: string[]; stdin?: string }

export const PROGRAMS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'programs');

export function readProgramSpec(file: string): ProgramSpec {
  const text = fs.readFileSync(file, 'utf8');
  let exit = 0;
  let output = '';
  let args: string[] = [];
  let stdin: string | undefined;
  for (const line of text.split('\n')) {
    let m = /^\/\/ expect: exit (\d+)\s*$/.exec(line);
    if (m) { exit = Number(m[1]); continue; }
    m = /^\/\/ expect-output: ?(.*)$/.exec(line);
    if (m) { output += m[1] + '\n'; continue; }
    m = /^\/\/ args: (.*)$/.exec(line);
    if (m) { args = m[1]!.trim().split(/\s+/); continue; }
    m = /^\/\/ stdin: ?(.*)$/.exec(line);
    if (m) { stdin = (stdin ?? '') + m[1] + '\n'; continue; }
    if (/^\/\/ stdin-eof\s*$/.test(line)) stdin = stdin ?? '';
  }
  return { file, exit, output, args, stdin };
}

export function listPrograms(dir = PROGRAMS_DIR): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listPrograms(p));
    else if (e.name.endsWith('.c')) out.push(p);
  }
  return out;
}

/** Half `index` (0 or 1) of the test programs, so two test files can share them out. */
export function programHalf(index: 0 | 1): string[] {
  const all = listPrograms();
  const mid = Math.ceil(all.length / 2);
  return index === 0 ? all.slice(0, mid) : all.slice(mid);
}

/**
 * What the emulated console shows: the program's output alone. runProgram
 * gives the input as piped stdin is given, with the tty's echo off (the
 * kernel's noecho, like `stty -echo`), so none of it is echoed.
 */
export function expectedConsole(spec: ProgramSpec): string {
  return spec.output;
}
