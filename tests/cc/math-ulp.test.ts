// <math.h> on ringside against glibc: the runtime computes every function of
// the test set (tests/cc/math-ulp/glibc.txt, arguments and glibc's results
// from gcc -m32 -lm, written by scripts/cc-native-math-ulp.ts) on the emulated
// machine, in one boot, and must stay within 1 ulp of glibc everywhere.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProgram } from '../../src/build/program.ts';
import { runProgram } from '../../src/build/run-program.ts';
import { CHECKER, GLIBC_RESULTS, casesSource, parseReport, parseResults } from './math-ulp/cases.ts';

const FUNCTIONS = ['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'atan', 'asin', 'acos',
  'sinh', 'cosh', 'tanh', 'cbrt', 'sqrt', 'atan2', 'hypot', 'fmod', 'pow'];

describe('<math.h> on the emulated machine against glibc', () => {
  it('every function is within 1 ulp of glibc on the whole test set, and most are bit-exact', () => {
    const cases = parseResults(fs.readFileSync(GLIBC_RESULTS, 'utf8'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-math-ulp-'));
    try {
      const table = path.join(dir, 'cases.c');
      fs.writeFileSync(table, casesSource(cases));
      const r = runProgram(loadProgram([CHECKER, table]));
      expect(r.status).toBe(0);
      const report = parseReport(r.console);
      expect(report.map((f) => f.fn).sort()).toEqual([...FUNCTIONS].sort());
      expect(report.reduce((n, f) => n + f.cases, 0)).toBe(cases.length);
      for (const f of report) {
        expect(f.worstUlp, `${f.fn}: ${f.worstUlp} ulp at ${f.worstArg}`).toBeLessThanOrEqual(1);
        // Bit-exact in at least 3 cases of 4 (glibc itself is not correctly rounded everywhere).
        expect(f.exact / f.cases, `${f.fn}: ${f.exact} of ${f.cases} exact`).toBeGreaterThanOrEqual(0.75);
      }
      const exact = report.reduce((n, f) => n + f.exact, 0);
      expect(exact / cases.length).toBeGreaterThan(0.97);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
