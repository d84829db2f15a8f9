// Measures how far cc's <math.h> is from glibc's, in units in the last place:
// scripts/cc-native/math-ulp.c is built with cc + the runtime (linked natively
// as scripts/cc-native-check.ts does) and with gcc -m32 -lm, both are run, and
// each function's largest difference over the test set is printed.
// Usage: npx tsx scripts/cc-native-math-ulp.ts
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { programUnits } from '../cc/driver.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-math-ulp-'));
const source = path.join(here, 'cc-native/math-ulp.c');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

run('gcc', ['-m32', '-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-c', path.join(here, 'cc-native/shim.c'), '-o', path.join(work, 'shim.o')]);
run('nasm', ['-f', 'elf32', path.join(here, 'cc-native/start.s'), '-o', path.join(work, 'start.o')]);
const units = programUnits([source], { kind: 'user' }).units.filter((u) => !u.name.endsWith('crt0.s') && !u.name.endsWith('fpstart.s') && u.name !== 'syscalls.s');
const objs = units.map((u, i) => {
  const s = path.join(work, `u${i}.s`), o = path.join(work, `u${i}.o`);
  fs.writeFileSync(s, u.text);
  run('nasm', ['-f', 'elf32', s, '-o', o]);
  return o;
});
run('gcc', ['-m32', '-nostdlib', '-static', '-Wl,--allow-multiple-definition', '-o', path.join(work, 'cc'), path.join(work, 'start.o'), ...objs, path.join(work, 'shim.o')]);
run('gcc', ['-m32', '-O0', '-o', path.join(work, 'gcc'), source, '-lm']);
const ours = run(path.join(work, 'cc'), []).trim().split('\n');
const theirs = run(path.join(work, 'gcc'), []).trim().split('\n');
if (ours.length !== theirs.length) throw new Error(`${ours.length} lines from cc's build, ${theirs.length} from gcc's`);

/** A double's bits as a signed integer, so that neighbouring doubles differ by 1. */
function ordered(x: number): bigint {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  const b = v.getBigInt64(0);
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

const worst = new Map<string, bigint>();
ours.forEach((line, i) => {
  const [fn, a] = line.split(' '), b = theirs[i]!.split(' ')[1]!;
  let d = ordered(Number(a)) - ordered(Number(b));
  if (d < 0n) d = -d;
  if (Number.isNaN(Number(a)) !== Number.isNaN(Number(b))) d = 1n << 62n;
  if (d > (worst.get(fn!) ?? -1n)) worst.set(fn!, d);
});
for (const [fn, d] of worst) console.log(`${fn.padEnd(6)} ${d} ulp`);
fs.rmSync(work, { recursive: true, force: true });
