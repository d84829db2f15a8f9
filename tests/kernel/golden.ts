// The QEMU transcripts recorded by scripts/kernel-qemu-golden.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface Golden {
  name: string;
  cmdline: string;
  input?: string;
  memoryMiB: number;
  /** Module strings, relative to fixtures/native/. */
  modules: string[];
  console: string;
  trace: string;
  exitValue: number;
  /** Processes run side by side (pipes, concurrent children): only the
   *  lifecycle part of the trace is timing-independent (see replay.ts). */
  concurrent?: boolean;
  /** Why QEMU is known to disagree with the 386 manuals on this case, if it does. */
  qemuDivergence?: string;
}

export function loadGoldens(): Golden[] {
  const dir = path.join(FIXTURES, 'qemu');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Golden);
}

/** Typed input split after each Enter (CR), Ctrl-C and Ctrl-D: one chunk per
 *  thing a person types before waiting for the machine. The recording types
 *  a chunk, then pauses; the replay types a chunk when the system waits. */
export function inputChunks(input: string): string[] {
  return input.match(/[^\r\x03\x04]*[\r\x03\x04]|[^\r\x03\x04]+$/g) ?? [];
}

/** init and sh from the natively built fixtures: every boot needs them (the
 *  kernel starts init, which starts the shell that runs the commands). */
export function nativeSystemModules(): { data: Uint8Array; string: string }[] {
  return ['init', 'sh'].map((n) => ({ data: new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'native', 'user', `${n}.elf`))), string: n }));
}
