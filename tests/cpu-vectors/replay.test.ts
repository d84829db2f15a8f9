// Holds the emulated CPU to what a real CPU computed for the same
// instruction bytes and inputs (fixture from scripts/gen-native-vectors).
// One test per instruction group; each must match on every case.

import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadFixture, type VectorRecord } from './read-fixture.ts';
import { VectorReplayer } from './replay.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/native-vectors.txt.gz', import.meta.url));
const EXAMPLES = 5;

const fixture = loadFixture(FIXTURE);
const groups = new Map<string, Array<[VectorRecord, number]>>();
fixture.records.forEach((r, index) => {
  let list = groups.get(r.group);
  if (!list) groups.set(r.group, (list = []));
  list.push([r, index]);
});
const replayer = new VectorReplayer(fixture.dataWindow);

describe('native CPU vectors: the fixture', () => {
  it('holds at least 100,000 cases and records the host CPU', () => {
    expect(fixture.records.length).toBeGreaterThanOrEqual(100_000);
    expect(fixture.header.some((h) => /^host: \S/.test(h))).toBe(true);
  });

  it('covers every flag-producing instruction family', () => {
    const families = new Set([...groups.keys()].map((g) => g.replace(/\d+(-.*)?$/, '')));
    const required = [
      'add', 'adc', 'sub', 'sbb', 'cmp', 'and', 'or', 'xor', 'test', 'inc', 'dec', 'neg', 'not',
      'shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr', 'shld', 'shrd', 'mul', 'imul', 'div', 'idiv',
      'daa', 'das', 'aaa', 'aas', 'aam', 'aad', 'bt', 'bts', 'btr', 'btc', 'bsf', 'bsr',
      'cmpxchg', 'xadd', 'bswap', 'cbw', 'cwde', 'cwd', 'cdq', 'movsx', 'movzx', 'setcc', 'lahf', 'sahf',
    ];
    expect(required.filter((f) => !families.has(f))).toEqual([]);
  });
});

describe('native CPU vectors: emulated CPU matches the host', () => {
  it.each([...groups.keys()])('%s', (group) => {
    const cases = groups.get(group)!;
    const mismatches: string[] = [];
    for (const [record, index] of cases) {
      const problem = replayer.replay(record, index);
      if (problem !== null) mismatches.push(problem);
    }
    const message = `${mismatches.length} of ${cases.length} ${group} cases differ from the host CPU; first ${Math.min(EXAMPLES, mismatches.length)}:\n  `
      + mismatches.slice(0, EXAMPLES).join('\n  ');
    expect(mismatches.length, message).toBe(0);
  });
});
