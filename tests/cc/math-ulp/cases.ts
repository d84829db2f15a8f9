// The <math.h> test set as C: glibc's results (glibc.txt, written by
// scripts/cc-native-math-ulp.ts) become cases.c, the table check.c walks.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MATH_ULP_DIR = path.dirname(new URL(import.meta.url).pathname);
export const GLIBC_RESULTS = path.join(MATH_ULP_DIR, 'glibc.txt');
export const CHECKER = path.join(MATH_ULP_DIR, 'check.c');

export interface MathCase { fn: string; x: string; y: string; result: string }

/** Parses lines `fn X [Y] R` (doubles as 16 hex digits of their bits). */
export function parseResults(text: string): MathCase[] {
  return text.trim().split('\n').map((line, i) => {
    const f = line.trim().split(/\s+/);
    const ok = (f.length === 3 || f.length === 4) && f.slice(1).every((h) => /^[0-9a-f]{16}$/.test(h));
    if (!ok) throw new Error(`math-ulp results line ${i + 1}: expected "fn X [Y] R" in hex, got "${line}"`);
    return f.length === 3 ? { fn: f[0]!, x: f[1]!, y: '0000000000000000', result: f[2]! } : { fn: f[0]!, x: f[1]!, y: f[2]!, result: f[3]! };
  });
}

/** The cases grouped by function (first appearance order), as a C file. */
export function casesSource(cases: MathCase[]): string {
  const order: string[] = [];
  const byFn = new Map<string, MathCase[]>();
  for (const c of cases) {
    if (!byFn.has(c.fn)) { byFn.set(c.fn, []); order.push(c.fn); }
    byFn.get(c.fn)!.push(c);
  }
  const words: string[] = [];
  const ends: number[] = [];
  for (const fn of order) {
    for (const c of byFn.get(fn)!) {
      for (const h of [c.x, c.y, c.result]) words.push(`0x${h.slice(0, 8)}u`, `0x${h.slice(8)}u`);
    }
    ends.push(words.length / 6);
  }
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += 6) rows.push(`    ${words.slice(i, i + 6).join(', ')},`);
  return [
    '/* Generated from glibc.txt by tests/cc/math-ulp/cases.ts. */',
    `const int case_groups = ${order.length};`,
    `const char *const group_name[] = { ${order.map((f) => `"${f}"`).join(', ')} };`,
    `const int group_end[] = { ${ends.join(', ')} };`,
    'const unsigned case_bits[] = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}

export interface FunctionReport { fn: string; cases: number; exact: number; worstUlp: number; worstArg: string }

/** Parses check.c's report lines. */
export function parseReport(text: string): FunctionReport[] {
  return text.trim().split('\n').map((line) => {
    const [fn, cases, exact, worst, arg] = line.trim().split(/\s+/);
    return { fn: fn!, cases: Number(cases), exact: Number(exact), worstUlp: Number(worst), worstArg: arg ?? '' };
  });
}
