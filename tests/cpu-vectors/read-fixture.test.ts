import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureFormatError, loadFixture, parseFixture } from './read-fixture.ts';

const GOOD = '02ca 1 2 - 8c1 0a0b0c0d 416b2600 eeb09600 3a3b3c3d 5a5b5c5d 6a6b6c6d 7a7b7c7d 044 . 416b2686 . . . . . 000 00 - - add8 add cl,dl';
const WINDOW_HEADER = '# data-window: 0x700000 4 bytes; memory operands at 0x700002\n';
const MEMORY = 'fe0502007000 1 6 - 000 0a0b0c0d 1a1b1c1d 2a2b2c2d 3a3b3c3d 5a5b5c5d 6a6b6c6d 7a7b7c7d 004 . . . . . . . 000 00 11220033 11220133 inc8 inc BYTE PTR ds:0x700002';

describe('native vector fixture reader', () => {
  it('parses a record, filling unchanged output registers from the inputs', () => {
    const { header, records } = parseFixture(`# host: test\n${GOOD}\n`);
    expect(header).toEqual(['host: test']);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(Array.from(r.bytes)).toEqual([0x02, 0xca]);
    expect(r.count).toBe(1);
    expect(r.next).toBe(2);
    expect(r.exception).toBe(-1);
    expect(parseFixture(GOOD.replace('02ca 1 2 - ', '02ca 1 2 0 ')).records[0]!.exception).toBe(0);
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
    expect(() => parseFixture('# h\n02ca 8c1\n')).toThrow(/fixture line 2: expected at least 26 fields/);
  });

  it('rejects bad instruction bytes and bad register values', () => {
    expect(() => parseFixture(GOOD.replace('02ca', '02c'))).toThrow(FixtureFormatError);
    expect(() => parseFixture(GOOD.replace('416b2600', 'xyz'))).toThrow(/input register 2 "xyz"/);
    expect(() => parseFixture(GOOD.replace('416b2686', '416b268'))).toThrow(/output register 2/);
    expect(() => parseFixture(GOOD.replace(' 044 ', ' 04g4 '))).toThrow(/output flags "04g4"/);
    expect(() => parseFixture(GOOD.replace('02ca 1 ', '02ca 3 '))).toThrow(/instruction count "3" is not 1 or 2/);
    expect(() => parseFixture(GOOD.replace('02ca 1 2 - ', '02ca 1 2 x '))).toThrow(/exception "x" is neither/);
    expect(() => parseFixture(GOOD.replace('02ca 1 2 ', '02ca 1 z '))).toThrow(/next-EIP offset "z"/);
  });

  it('parses memory windows and the data-window header', () => {
    const { dataWindow, records } = parseFixture(WINDOW_HEADER + MEMORY + '\n' + MEMORY.replace('11220133', '.'));
    expect(dataWindow).toEqual({ address: 0x700000, bytes: 4 });
    expect(Array.from(records[0]!.memIn!)).toEqual([0x11, 0x22, 0x00, 0x33]);
    expect(Array.from(records[0]!.memOut!)).toEqual([0x11, 0x22, 0x01, 0x33]);
    expect(Array.from(records[1]!.memOut!)).toEqual([0x11, 0x22, 0x00, 0x33]);
    expect(records[0]!.text).toBe('inc BYTE PTR ds:0x700002');
  });

  it('rejects memory without a data-window header, or of the wrong size', () => {
    expect(() => parseFixture(MEMORY)).toThrow(/without a matching data-window/);
    expect(() => parseFixture(WINDOW_HEADER + MEMORY.replace('11220033', '112200'))).toThrow(/differ in length/);
    expect(() => parseFixture(WINDOW_HEADER + MEMORY.replace(' 11220033 ', ' - '))).toThrow(/without memory input/);
  });

  it('reports a missing or non-gzip file clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixture-test-'));
    expect(() => loadFixture(join(dir, 'absent.gz'))).toThrow(/cannot read fixture .*gen-native-vectors/);
    const plain = join(dir, 'plain.gz');
    writeFileSync(plain, GOOD);
    expect(() => loadFixture(plain)).toThrow(/is not gzip data/);
  });
});
