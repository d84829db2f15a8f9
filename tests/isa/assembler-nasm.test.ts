// The assembler against NASM: tests/isa/fixtures/nasm-lines.txt holds source lines
// (hand-written ones from scripts/gen-objdump-fixtures-nasm-lines.txt and one or more
// per table form from scripts/gen-objdump-fixtures-nasm-table.ts), each with its
// address and the bytes NASM produced for it (scripts/gen-objdump-fixtures-nasm.ts).
// Assembled alone at that address, each line must give exactly NASM's bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { toHex } from './fixture.ts';

const path = fileURLToPath(new URL('./fixtures/nasm-lines.txt', import.meta.url));
const cases = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

describe('assembler vs NASM', () => {
  it('has the fixture', () => {
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('produces the same bytes as NASM for every line', () => {
    const diffs: string[] = [];
    for (const [addr, src, hex] of cases) {
      let ours: string;
      try {
        ours = toHex(assembleFlatBinary(src, parseInt(addr, 16)));
      } catch (e) {
        ours = `error: ${(e as Error).message}`;
      }
      if (ours !== hex) diffs.push(`${src}: nasm ${hex}, ours ${ours}`);
    }
    expect(diffs).toEqual([]);
  });
});
