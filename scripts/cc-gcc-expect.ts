// Writes the expectations of test programs from gcc: each program is built
// with `gcc -m32` against the host's libc, run, and its output and exit status
// become the `// expect:` / `// expect-output:` header that tests/cc/program-spec.ts
// reads (npm test then runs the program on the emulated machine and compares).
// Needs gcc with 32-bit support, so it is not part of npm test; the headers it
// writes are committed.
// Usage: npx tsx scripts/cc-gcc-expect.ts [--check] <program.c | folder>...
//   --check  compare instead of writing; exit 1 when a header disagrees with gcc
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const targets = argv.filter((a) => a !== '--check');
if (targets.length === 0) {
  console.error('usage: npx tsx scripts/cc-gcc-expect.ts [--check] <program.c | folder>...');
  process.exit(2);
}
const missing = targets.filter((t) => !fs.existsSync(t));
if (missing.length) {
  console.error(`cc-gcc-expect: no such file or folder: ${missing.join(', ')}`);
  process.exit(2);
}
const files = targets.flatMap((t) => (fs.statSync(t).isDirectory() ? listPrograms(t) : [t]));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-gcc-expect-'));
const EXPECT_LINE = /^\/\/ (expect: exit \d+|expect-output:.*)$/;

/** The header for one run: exit status, then each output line. */
function header(stdout: string, status: number): string[] {
  if (stdout !== '' && !stdout.endsWith('\n')) throw new Error('output does not end with a newline');
  if (/[^\n\x20-\x7e]/.test(stdout)) throw new Error('output has characters a header line cannot hold');
  const lines = stdout === '' ? [] : stdout.slice(0, -1).split('\n');
  return [`// expect: exit ${status}`, ...lines.map((l) => `// expect-output: ${l}`)];
}

let problems = 0;
for (const file of files) {
  const name = path.relative(process.cwd(), file);
  try {
    const exe = path.join(work, 'prog');
    const cc = spawnSync('gcc', ['-m32', '-std=gnu11', '-O0', '-w', '-o', exe, file, '-lm'], { encoding: 'utf8' });
    if (cc.status !== 0) throw new Error(`gcc failed:\n${cc.stderr}`);
    const spec = readProgramSpec(file);
    const run = spawnSync(exe, spec.args, { encoding: 'utf8', timeout: 10_000, input: spec.stdin ?? '' });
    if (run.status === null) throw new Error(`killed by ${run.signal}`);
    const want = header(run.stdout, run.status);
    const text = fs.readFileSync(file, 'utf8');
    const body = text.split('\n').filter((l) => !EXPECT_LINE.test(l));
    const updated = [...want, ...body].join('\n');
    if (updated === text) continue;
    if (check) { problems++; console.log(`DIFFERS ${name}: gcc says\n${want.join('\n')}`); }
    else { fs.writeFileSync(file, updated); console.log(`wrote ${name}`); }
  } catch (e) {
    problems++;
    console.log(`FAIL ${name}: ${(e as Error).message}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`${files.length} programs, ${problems} problem${problems === 1 ? '' : 's'}`);
process.exit(problems ? 1 : 0);
