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
  /** Why QEMU is known to disagree with the 386 manuals on this case, if it does. */
  qemuDivergence?: string;
}

export function loadGoldens(): Golden[] {
  const dir = path.join(FIXTURES, 'qemu');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Golden);
}
