// Proves the hand encodings: objdump disassembles every distinct byte
// string and must print exactly the text the case carries.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VectorCase } from './vector-case.ts';

export class EncodingCheckError extends Error {
  override name = 'EncodingCheckError';
}

const LINE = /^\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)$/;

export function checkEncodings(cases: readonly VectorCase[]): number {
  const expected = new Map<string, string>();
  for (const c of cases) {
    const key = c.bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    const seen = expected.get(key);
    if (seen !== undefined && seen !== c.text) throw new EncodingCheckError(`${key} is both "${seen}" and "${c.text}"`);
    expected.set(key, c.text);
  }
  const keys = [...expected.keys()];
  const offsets: number[] = [];
  const chunks: Buffer[] = [];
  let at = 0;
  for (const key of keys) {
    offsets.push(at);
    const bytes = Buffer.from(key, 'hex');
    chunks.push(bytes);
    at += bytes.length;
  }
  const dir = mkdtempSync(join(tmpdir(), 'native-vectors-enc-'));
  try {
    const file = join(dir, 'code.bin');
    writeFileSync(file, Buffer.concat(chunks));
    const r = spawnSync('objdump', ['-D', '-b', 'binary', '-mi386', '-M', 'intel', file], {
      encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
    });
    if (r.error) throw new EncodingCheckError(`cannot run objdump: ${r.error.message} (install binutils)`);
    if (r.status !== 0) throw new EncodingCheckError(`objdump failed: ${r.stderr}`);
    const printed = new Map<number, string>();
    for (const line of r.stdout.split('\n')) {
      const m = LINE.exec(line);
      if (m) printed.set(parseInt(m[1]!, 16), m[2]!.trim().replace(/\s+/g, ' '));
    }
    const wrong: string[] = [];
    keys.forEach((key, i) => {
      const got = printed.get(offsets[i]!);
      if (got !== expected.get(key)) wrong.push(`${key}: objdump says "${got ?? '(not an instruction boundary)'}", case says "${expected.get(key)}"`);
    });
    if (wrong.length) throw new EncodingCheckError(`${wrong.length} encodings disagree with objdump:\n${wrong.slice(0, 20).join('\n')}`);
    return keys.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
