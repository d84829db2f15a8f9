// Builds the 32-bit harness with gcc and runs every case through it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WINDOW_BYTES } from './encode.ts';
import type { VectorCase } from './vector-case.ts';

export class NativeRunError extends Error {
  override name = 'NativeRunError';
}

export interface NativeResult {
  /** EAX..EDI after the instruction (index 4, ESP, is not meaningful). */
  regs: number[];
  /** Full EFLAGS after the instruction. */
  eflags: number;
  /** The data window after the instruction. */
  mem: number[];
  /** The exception vector the instruction raised (only #DE, 0, is
   *  survivable), or -1. */
  exception: number;
}

const IN_RECORD = 52 + WINDOW_BYTES;
const OUT_RECORD = 40 + WINDOW_BYTES;

function buildHarness(dir: string): string {
  const out = join(dir, 'harness');
  const src = new URL('./harness.c', import.meta.url).pathname;
  const r = spawnSync('gcc', ['-m32', '-O2', '-no-pie', '-Wall', '-o', out, src], { encoding: 'utf8' });
  if (r.error) throw new NativeRunError(`cannot run gcc: ${r.error.message} (install gcc and gcc-multilib)`);
  if (r.status !== 0) throw new NativeRunError(`gcc -m32 failed (is gcc-multilib installed?):\n${r.stderr}`);
  return out;
}

function pack(cases: readonly VectorCase[]): Buffer {
  const buf = Buffer.alloc(cases.length * IN_RECORD);
  cases.forEach((c, i) => {
    const at = i * IN_RECORD;
    const code = c.nativeTail ? [...c.bytes, ...c.nativeTail] : c.bytes;
    buf[at] = code.length;
    code.forEach((b, j) => (buf[at + 1 + j] = b));
    c.regs.forEach((r, j) => buf.writeUInt32LE(j === 4 ? 0 : r >>> 0, at + 16 + 4 * j));
    buf.writeUInt32LE((c.flags | 0x2) >>> 0, at + 48);
    c.mem?.forEach((b, j) => (buf[at + 52 + j] = b));
  });
  return buf;
}

/** Executes every case on the host CPU and returns the state after each. */
export function runNative(cases: readonly VectorCase[]): NativeResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'native-vectors-'));
  try {
    const harness = buildHarness(dir);
    const r = spawnSync(harness, [], { input: pack(cases), maxBuffer: 256 * 1024 * 1024 });
    if (r.error) throw new NativeRunError(`cannot run the harness: ${r.error.message}`);
    if (r.status !== 0) {
      const detail = r.stderr.toString();
      const m = /case (\d+)/.exec(detail);
      const which = m ? cases[Number(m[1])] : undefined;
      throw new NativeRunError(`harness failed (${detail.trim()})${which ? ` on ${which.group}: ${which.text}` : ''}`);
    }
    const out = r.stdout;
    if (out.length !== cases.length * OUT_RECORD) {
      throw new NativeRunError(`harness returned ${out.length} bytes, expected ${cases.length * OUT_RECORD}`);
    }
    return cases.map((_, i) => {
      const at = i * OUT_RECORD;
      const regs = Array.from({ length: 8 }, (_, j) => out.readUInt32LE(at + 4 * j));
      const mem = Array.from(out.subarray(at + 36, at + 36 + WINDOW_BYTES));
      const exception = out.readUInt32LE(at + 36 + WINDOW_BYTES);
      return { regs, eflags: out.readUInt32LE(at + 32), mem, exception: exception === 0xffffffff ? -1 : exception };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
