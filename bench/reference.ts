// What each workload must print, computed here in TypeScript without the
// emulator, so that a benchmark run is also a correctness check.
import type { Workload } from './workloads.ts';

export class ReferenceError extends Error {
  override name = 'WorkloadReferenceError';
}

/** The program's whole console output for these arguments (lines end in "\n"). */
export function expectedOutput(w: Workload, args: readonly string[], pid: number): string {
  const n = args.map((a) => {
    const v = Number(a);
    if (!Number.isInteger(v) || v < 0) throw new ReferenceError(`${w.name}: argument "${a}" is not a non-negative integer`);
    return v;
  });
  switch (w.name) {
    case 'compute':
      return computeOutput(need(w, n, 3), n[1]!, n[2]!);
    case 'memory':
      return memoryOutput(need(w, n, 2), n[1]!);
    case 'syscalls':
      return syscallsOutput(need(w, n, 1), pid);
    default:
      throw new ReferenceError(`no reference implementation for workload "${w.name}"`);
  }
}

function need(w: Workload, n: number[], count: number): number {
  if (n.length !== count) throw new ReferenceError(`${w.name} takes ${count} arguments, got ${n.length}`);
  return n[0]!;
}

const hex = (v: number) => (v >>> 0).toString(16);

/** Numerical Recipes' LCG, as in the guest programs. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
}

export function sieve(limit: number): { count: number; sum: number } {
  const composite = new Uint8Array(limit);
  let count = 0;
  let sum = 0;
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    count++;
    sum = (sum + i) >>> 0;
    for (let j = 2 * i; j < limit; j += i) composite[j] = 1;
  }
  return { count, sum };
}

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) computed bit by bit. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function crcInput(len: number): Uint8Array {
  const next = lcg(12345);
  const data = new Uint8Array(len);
  for (let i = 0; i < len; i++) data[i] = next() >>> 24;
  return data;
}

function matrixHash(n: number): number {
  const next = lcg(777);
  const a = new Int32Array(n * n);
  const b = new Int32Array(n * n);
  for (let i = 0; i < n * n; i++) {
    a[i] = (next() >>> 24) - 128;
    b[i] = (next() >>> 24) - 128;
  }
  let h = 2166136261;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s = (s + Math.imul(a[i * n + k]!, b[k * n + j]!)) | 0;
      h = Math.imul((h ^ s) >>> 0, 16777619) >>> 0;
    }
  }
  return h;
}

function computeOutput(limit: number, bytes: number, n: number): string {
  const s = sieve(limit);
  const crc = crc32(crcInput(bytes));
  const mat = matrixHash(n);
  return [
    `sieve primes=${s.count} sum=${hex(s.sum)}`,
    `crc32=${hex(crc)}`,
    `matrix=${hex(mat)}`,
    `checksum=${hex(s.sum ^ crc ^ mat ^ s.count)}`,
    '',
  ].join('\n');
}

function memoryOutput(size: number, rounds: number): string {
  const next = lcg(2024);
  let src = new Uint8Array(size);
  for (let i = 0; i < size; i++) src[i] = next() >>> 24;
  for (let r = 0; r < rounds; r++) {
    const dst = src.slice();
    src = new Uint8Array(size);
    for (let i = 0; i < size; i++) src[i] = (dst[size - 1 - i]! + r) & 0xff;
  }
  let h = 5381;
  for (const b of src) h = (Math.imul(h, 33) ^ b) >>> 0;
  return `checksum=${hex(h)}\n`;
}

function syscallsOutput(calls: number, pid: number): string {
  let sum = 0;
  for (let i = 0; i < calls; i += 2) sum = (Math.imul(sum, 31) + pid + i) >>> 0;
  return `calls=${calls} checksum=${hex(sum)} backwards=0\n`;
}
