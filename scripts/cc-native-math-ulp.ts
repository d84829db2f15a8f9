// The <math.h> test set against glibc. Builds scripts/cc-native/math-ulp.c
// with gcc -m32 -lm and saves its lines (arguments and glibc's results) as
// tests/cc/math-ulp/glibc.txt, the fixture tests/cc/math-ulp.test.ts runs on
// ringside; then runs the same check natively, with cc + the runtime linked
// as scripts/cc-native-check.ts does, to show the runtime on a real x87.
// Usage: npx tsx scripts/cc-native-math-ulp.ts [--check]
//   --check: leave the fixture alone, fail if gcc's lines differ from it
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { programUnits } from '../cc/driver.ts';
import { CHECKER, GLIBC_RESULTS, casesSource, parseReport, parseResults } from '../tests/cc/math-ulp/cases.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-math-ulp-'));
const check = process.argv.includes('--check');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

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
  run('gcc', ['-m32', '-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-c', path.join(here, 'cc-native/shim.c'), '-o', path.join(work, 'shim.o')]);
  run('nasm', ['-f', 'elf32', path.join(here, 'cc-native/start.s'), '-o', path.join(work, 'start.o')]);
  const units = programUnits([CHECKER, cases], { kind: 'user' }).units
    .filter((u) => !u.name.endsWith('crt0.s') && !u.name.endsWith('fpstart.s') && u.name !== 'syscalls.s');
  const objs = units.map((u, i) => {
    const s = path.join(work, `u${i}.s`), o = path.join(work, `u${i}.o`);
    fs.writeFileSync(s, u.text);
    run('nasm', ['-f', 'elf32', s, '-o', o]);
    return o;
  });
  run('gcc', ['-m32', '-nostdlib', '-static', '-Wl,--allow-multiple-definition', '-o', path.join(work, 'cc'), path.join(work, 'start.o'), ...objs, path.join(work, 'shim.o')]);
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
