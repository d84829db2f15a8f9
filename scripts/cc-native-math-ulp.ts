// The <math.h> test set against glibc. Builds scripts/cc-native/math-ulp.c
// with gcc -m32 -lm and saves its lines (arguments and glibc's results) as
// tests/cc/math-ulp/glibc.txt, the fixture tests/cc/math-ulp.test.ts runs on
// ringside; then runs the same check natively, with cc + the runtime linked
// natively by scripts/cc-native-link.ts, to show the runtime on a real x87.
// Usage: npx tsx scripts/cc-native-math-ulp.ts [--check]
//   --check: leave the fixture alone, fail if gcc's lines differ from it
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NativeLinker, runTool as run } from './cc-native-link.ts';
import { CHECKER, GLIBC_RESULTS, casesSource, parseReport, parseResults } from '../tests/cc/math-ulp/cases.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-math-ulp-'));
const check = process.argv.includes('--check');

try {
  run('gcc', ['-m32', '-O0', '-o', path.join(work, 'gcc'), path.join(here, 'cc-native/math-ulp.c'), '-lm']);
  const glibc = run(path.join(work, 'gcc'), []);
  parseResults(glibc);
  if (check) {
    if (fs.readFileSync(GLIBC_RESULTS, 'utf8') !== glibc) throw new Error(`gcc's results differ from ${path.relative(process.cwd(), GLIBC_RESULTS)}`);
  } else {
    fs.writeFileSync(GLIBC_RESULTS, glibc);
    console.log(`wrote ${path.relative(process.cwd(), GLIBC_RESULTS)} (${glibc.trim().split('\n').length} cases)`);
  }

  // The checker natively: cc's code and runtime on the host's x87.
  const cases = path.join(work, 'cases.c');
  fs.writeFileSync(cases, casesSource(parseResults(glibc)));
  new NativeLinker(work).link([CHECKER, cases], path.join(work, 'cc'));
  console.log('cc runtime on this x87 (53-bit precision), against glibc:');
  for (const r of parseReport(run(path.join(work, 'cc'), []))) {
    console.log(`  ${r.fn.padEnd(6)} ${String(r.cases).padStart(4)} cases, ${String(r.exact).padStart(4)} exact, worst ${r.worstUlp} ulp${r.worstUlp ? ` (at ${r.worstArg})` : ''}`);
  }
} catch (e) {
  console.error(`cc-native-math-ulp: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
