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
    const starts: number[] = [];
    const texts: string[] = [];
    for (const line of r.stdout.split('\n')) {
      const m = LINE.exec(line);
      if (m) {
        starts.push(parseInt(m[1]!, 16));
        texts.push(m[2]!.trim().replace(/\s+/g, ' '));
      }
    }
    const indexAt = new Map(starts.map((s, j) => [s, j]));
    const wrong: string[] = [];
    keys.forEach((key, i) => {
      // A case of k instructions (texts joined by " ; ") must decode into
      // exactly k instructions that end where the next case begins.
      // "$+n" stands for a branch target n bytes past the case's start.
      const want = expected.get(key)!.replace(/\$\+(\d+)/g, (_, n: string) => `0x${(offsets[i]! + Number(n)).toString(16)}`);
      const k = want.split(' ; ').length;
      const j = indexAt.get(offsets[i]!);
      const end = i + 1 < offsets.length ? offsets[i + 1]! : at;
      const got = j === undefined ? undefined : texts.slice(j, j + k).join(' ; ');
      const endsRight = j !== undefined && (j + k < starts.length ? starts[j + k] === end : end === at);
      if (got !== want || !endsRight) wrong.push(`${key}: objdump says "${got ?? '(not an instruction boundary)'}", case says "${want}"`);
    });
    if (wrong.length) throw new EncodingCheckError(`${wrong.length} encodings disagree with objdump:\n${wrong.slice(0, 20).join('\n')}`);
    return keys.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
