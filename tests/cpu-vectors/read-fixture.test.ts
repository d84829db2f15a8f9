import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureFormatError, loadFixture, parseFixture } from './read-fixture.ts';

const GOOD = '02ca 8c1 0a0b0c0d 416b2600 eeb09600 3a3b3c3d 5a5b5c5d 6a6b6c6d 7a7b7c7d 044 . 416b2686 . . . . . 000 00 add8 add cl,dl';

describe('native vector fixture reader', () => {
  it('parses a record, filling unchanged output registers from the inputs', () => {
    const { header, records } = parseFixture(`# host: test\n${GOOD}\n`);
    expect(header).toEqual(['host: test']);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(Array.from(r.bytes)).toEqual([0x02, 0xca]);
    expect(r.flagsIn).toBe(0x8c1);
    expect(r.flagsOut).toBe(0x044);
    expect(r.regsIn[1]).toBe(0x416b2600);
    expect(r.regsOut[1]).toBe(0x416b2686);
    expect(r.regsOut[0]).toBe(0x0a0b0c0d);
    expect(r.regsOut[7]).toBe(0x7a7b7c7d);
    expect(r.group).toBe('add8');
    expect(r.text).toBe('add cl,dl');
    expect(r.line).toBe(2);
  });

  it('rejects a short line with its line number', () => {
    expect(() => parseFixture('# h\n02ca 8c1\n')).toThrow(/fixture line 2: expected at least 21 fields/);
  });

  it('rejects bad instruction bytes and bad register values', () => {
    expect(() => parseFixture(GOOD.replace('02ca', '02c'))).toThrow(FixtureFormatError);
    expect(() => parseFixture(GOOD.replace('416b2600', 'xyz'))).toThrow(/input register 2 "xyz"/);
    expect(() => parseFixture(GOOD.replace('416b2686', '416b268'))).toThrow(/output register 2/);
    expect(() => parseFixture(GOOD.replace(' 044 ', ' 04g4 '))).toThrow(/output flags "04g4"/);
  });

  it('reports a missing or non-gzip file clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixture-test-'));
    expect(() => loadFixture(join(dir, 'absent.gz'))).toThrow(/cannot read fixture .*gen-native-vectors/);
    const plain = join(dir, 'plain.gz');
    writeFileSync(plain, GOOD);
    expect(() => loadFixture(plain)).toThrow(/is not gzip data/);
  });
});
