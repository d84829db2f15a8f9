// Entry point of scripts/gen-native-vectors: builds every case, checks the
// encodings with objdump, runs the cases on the host CPU and writes the
// fixture the replay test reads.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addressingCases } from './cases-addressing.ts';
import { aluCases } from './cases-alu.ts';
import { bcdCases } from './cases-bcd.ts';
import { bitCases } from './cases-bits.ts';
import { branchCases, resolveBranches } from './cases-branch.ts';
import { miscCases } from './cases-misc.ts';
import { moveCases } from './cases-moves.ts';
import { mulDivCases } from './cases-muldiv.ts';
import { pairCases } from './cases-pairs.ts';
import { shiftCases } from './cases-shift.ts';
import { stringCases } from './cases-string.ts';
import { checkEncodings } from './check-encodings.ts';
import { DATA_WINDOW, OPERAND_OFFSET, WINDOW_BYTES } from './encode.ts';
import { writeFixture } from './fixture-write.ts';
import { runNative } from './native-run.ts';
import { Rng } from './rng.ts';
import { CaseList, type VectorCase } from './vector-case.ts';

const SEED = 0x52494e47; // "RING"
const FIXTURE = fileURLToPath(new URL('../../tests/cpu-vectors/fixtures/native-vectors.txt.gz', import.meta.url));

const FAMILIES: Array<[string, (list: CaseList, rng: Rng) => void]> = [
  ['alu', aluCases],
  ['shift', shiftCases],
  ['muldiv', mulDivCases],
  ['bcd', bcdCases],
  ['bits', bitCases],
  ['misc', miscCases],
  ['addressing', addressingCases],
  ['string', stringCases],
  ['pairs', pairCases],
  ['branch', branchCases],
  ['moves', moveCases],
];

/** Each family draws from its own stream, so that changing one family
 *  leaves the others' cases as they were. */
function familySeed(name: string): number {
  let h = SEED;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

function buildCases(): VectorCase[] {
  const all: VectorCase[] = [];
  for (const [name, build] of FAMILIES) {
    const rng = new Rng(familySeed(name));
    const list = new CaseList(rng);
    build(list, rng);
    all.push(...list.cases);
  }
  return all;
}

function hostCpu(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
  return line ? line.replace(/^model name\s*:\s*/, '') : 'unknown';
}

function toolVersion(cmd: string): string {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0]! : 'unknown';
}

function main(): void {
  const cases = buildCases();
  const distinct = checkEncodings(cases);
  console.log(`${cases.length} cases, ${distinct} distinct encodings agree with objdump`);
  const results = runNative(cases);
  resolveBranches(cases, results);
  cases.forEach((c, i) => {
    const want = c.expectException ?? -1;
    if (results[i]!.exception !== want) {
      throw new Error(`${c.group} "${c.text}" ${want < 0 ? 'faulted on the host' : 'did not fault on the host'} (case ${i})`);
    }
  });
  const groups = new Set(cases.map((c) => c.group)).size;
  const header = [
    'ringside native CPU vectors: written by scripts/gen-native-vectors, read by tests/cpu-vectors/replay.test.ts',
    `host: ${hostCpu()}`,
    `seed: 0x${SEED.toString(16)}  cases: ${cases.length}  groups: ${groups}`,
    `tools: ${toolVersion('gcc')}; ${toolVersion('objdump')}`,
    'line: bytes n next exc fin eax ecx edx ebx ebp esi edi fout eax ecx edx ebx ebp esi edi undef-flags undef-regs mem-in mem-out group text',
    'n: instructions in bytes; next: offset of the next EIP; exc: exception vector raised or -; fin/fout: status flags in/out (fin also DF for CMPS/SCAS); "." = output unchanged; undef-*: what the Intel SDM leaves undefined',
    `data-window: 0x${DATA_WINDOW.toString(16)} ${WINDOW_BYTES} bytes; memory operands at 0x${(DATA_WINDOW + OPERAND_OFFSET).toString(16)}`,
  ];
  const size = writeFixture(FIXTURE, header, cases, results);
  console.log(`wrote ${FIXTURE} (${(size / 1024).toFixed(0)} KiB, ${groups} groups)`);
}

try {
  main();
} catch (err) {
  console.error(`gen-native-vectors: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
