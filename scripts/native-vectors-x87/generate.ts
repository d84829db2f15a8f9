// Entry point of scripts/gen-native-vectors-x87: builds the x87 cases,
// assembles them, runs them on the host CPU through harness.c (gcc -m32)
// and writes tests/cpu-vectors/fixtures/x87-vectors.txt.gz.
//
// Fixture lines (hex without 0x):
//   group code cw stack mem-in sw tw regs mem-out ax text...
// stack  ST(0),ST(1),... as 80-bit reals (20 hex digits), "-" for none;
// regs   ST(0)..ST(7) after the code (FNSAVE), "." for an empty tag;
// mem-in the 32-byte data window, mem-out "." when unchanged;
// ax     AX after the code (the code starts with EAX = 0);
// text   the instructions, separated by "; ".

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { DATA_WINDOW, IMAGE_BYTES, WINDOW_BYTES, buildImage, readImage } from '../../tests/cpu-vectors/x87-image.ts';
import { buildCases, type X87Case } from './cases.ts';

const SEED = 0x58383721; // "X87!"
const CODE_BYTES = 31;
const IN_RECORD = 1 + CODE_BYTES + IMAGE_BYTES + WINDOW_BYTES;
const OUT_RECORD = IMAGE_BYTES + WINDOW_BYTES + 4;
const FIXTURE = fileURLToPath(new URL('../../tests/cpu-vectors/fixtures/x87-vectors.txt.gz', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`gen-native-vectors-x87: ${message}\n`);
  process.exit(1);
}

function assemble(c: X87Case): Uint8Array {
  try {
    return assembleFlatBinary(c.text.split('; ').join('\n'), 0);
  } catch (e) {
    return fail(`cannot assemble "${c.text}": ${(e as Error).message}`);
  }
}

function buildHarness(dir: string): string {
  const out = join(dir, 'harness');
  const src = fileURLToPath(new URL('./harness.c', import.meta.url));
  const r = spawnSync('gcc', ['-m32', '-O2', '-no-pie', '-Wall', '-o', out, src], { encoding: 'utf8' });
  if (r.error) fail(`cannot run gcc: ${r.error.message} (install gcc and gcc-multilib)`);
  if (r.status !== 0) fail(`gcc -m32 failed (is gcc-multilib installed?):\n${r.stderr}`);
  return out;
}

const hex = (bytes: ArrayLike<number>): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const h4 = (v: number): string => v.toString(16).padStart(4, '0');

function main(): void {
  if (process.arch !== 'x64' && process.arch !== 'ia32') fail(`the host must be x86 (this is ${process.arch})`);
  const cases = buildCases(SEED);
  const code = cases.map(assemble);
  const input = Buffer.alloc(cases.length * IN_RECORD);
  cases.forEach((c, i) => {
    const at = i * IN_RECORD;
    if (code[i]!.length > CODE_BYTES) fail(`"${c.text}" is longer than ${CODE_BYTES} bytes`);
    input[at] = code[i]!.length;
    input.set(code[i]!, at + 1);
    input.set(buildImage(c.cw, c.stack), at + 1 + CODE_BYTES);
    input.set(c.mem, at + 1 + CODE_BYTES + IMAGE_BYTES);
  });
  const dir = mkdtempSync(join(tmpdir(), 'x87-vectors-'));
  let output: Buffer;
  try {
    const r = spawnSync(buildHarness(dir), [], { input, maxBuffer: 256 * 1024 * 1024 });
    if (r.error) fail(`cannot run the harness: ${r.error.message}`);
    if (r.status !== 0) {
      const m = /case (\d+)/.exec(r.stderr.toString());
      fail(`harness failed: ${r.stderr.toString().trim()}${m ? ` (${cases[Number(m[1])]!.text})` : ''}`);
    }
    output = r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (output.length !== cases.length * OUT_RECORD) fail(`harness returned ${output.length} bytes, expected ${cases.length * OUT_RECORD}`);
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const gcc = spawnSync('gcc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  const lines = [
    '# x87 vectors recorded natively by scripts/gen-native-vectors-x87',
    `# host: ${cpu}`,
    `# gcc: ${gcc}`,
    `# seed: ${SEED.toString(16)}  window: ${DATA_WINDOW.toString(16)}  cases: ${cases.length}`,
    '# group code cw stack mem-in sw tw regs mem-out ax text',
  ];
  cases.forEach((c, i) => {
    const at = i * OUT_RECORD;
    const state = readImage(new Uint8Array(output.subarray(at, at + IMAGE_BYTES)));
    const memIn = hex(c.mem);
    const memOut = hex(output.subarray(at + IMAGE_BYTES, at + IMAGE_BYTES + WINDOW_BYTES));
    const ax = output.readUInt32LE(at + IMAGE_BYTES + WINDOW_BYTES) & 0xffff;
    lines.push([
      c.group, hex(code[i]!), h4(c.cw), c.stack.length ? c.stack.join(',') : '-', memIn,
      h4(state.sw), h4(state.tw), state.regs.join(','), memOut === memIn ? '.' : memOut, h4(ax), c.text,
    ].join(' '));
  });
  const data = gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
  writeFileSync(FIXTURE, data);
  process.stdout.write(`wrote ${cases.length} cases (${data.length} bytes gzipped) to tests/cpu-vectors/fixtures/x87-vectors.txt.gz\n`);
}

main();
