// The replay must notice when the emulator disagrees with the fixture: feed
// it real records with one expectation altered and check each is reported.

import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadFixture, type VectorRecord } from './read-fixture.ts';
import { VectorReplayer } from './replay.ts';

const fixture = loadFixture(fileURLToPath(new URL('./fixtures/native-vectors.txt.gz', import.meta.url)));
const replayer = new VectorReplayer(fixture.dataWindow);

function first(pred: (r: VectorRecord) => boolean): [VectorRecord, number] {
  const index = fixture.records.findIndex(pred);
  if (index < 0) throw new Error('no fixture record matches');
  return [fixture.records[index]!, index];
}

function altered(r: VectorRecord, change: (copy: VectorRecord) => void): VectorRecord {
  const copy = { ...r, regsOut: r.regsOut.slice(), memOut: r.memOut ? r.memOut.slice() : null };
  change(copy);
  return copy;
}

describe('native vector replay', () => {
  it('reports a wrong result register', () => {
    const [r, i] = first((x) => x.group === 'add32' && x.memIn === null && x.regsOut[0] !== x.regsIn[0]);
    const bad = altered(r, (c) => { c.regsOut[0] = (c.regsOut[0]! ^ 1) >>> 0; });
    expect(replayer.replay(bad, i)).toMatch(/eax [0-9a-f]{8} expected, got [0-9a-f]{8}/);
  });

  it('reports a wrong defined flag but not a wrong undefined one', () => {
    const [r, i] = first((x) => x.group === 'and32' && x.undefFlags === 0x010);
    const wrongZf = altered(r, (c) => { c.flagsOut ^= 0x040; });
    expect(replayer.replay(wrongZf, i)).toMatch(/flags .* \(wrong: ZF; ignored: AF\)/);
    const wrongAf = altered(r, (c) => { c.flagsOut ^= 0x010; });
    expect(replayer.replay(wrongAf, i)).toBeNull();
  });

  it('reports a branch that went the wrong way', () => {
    const [r, i] = first((x) => x.group === 'jcc-rel8');
    const wrongWay = { ...r, next: r.next === r.bytes.length ? r.bytes.length + 3 : r.bytes.length };
    expect(replayer.replay(wrongWay, i)).toMatch(/eip [0-9a-f]{8} expected, got [0-9a-f]{8}/);
    expect(replayer.replay(r, i)).toBeNull();
  });

  it('reports wrong memory', () => {
    const [r, i] = first((x) => x.group === 'inc32' && x.memIn !== null);
    const bad = altered(r, (c) => { c.memOut![16] ^= 0x80; });
    expect(replayer.replay(bad, i)).toMatch(/memory .* expected, got .*first difference at window byte 16/);
  });

  it('ignores a register the SDM leaves undefined', () => {
    const [r, i] = first((x) => x.group === 'bsf32' && x.undefRegs !== 0);
    const reg = Math.log2(r.undefRegs);
    const bad = altered(r, (c) => { c.regsOut[reg] = (c.regsOut[reg]! ^ 0xffff) >>> 0; });
    expect(replayer.replay(bad, i)).toBeNull();
  });

  it('reports an instruction that faults, and keeps working afterwards', () => {
    const [r, i] = first((x) => x.group === 'div32' && x.memIn === null);
    // DIV by a zero register raises #DE on a real CPU too; the record says it should not.
    const src = r.bytes[r.bytes.length - 1]! & 7;
    const faulting = altered(r, (c) => { c.regsIn = c.regsIn.slice(); c.regsIn[src] = 0; });
    expect(replayer.replay(faulting, i)).toMatch(/raised #DE \(vector 0\)/);
    expect(replayer.replay(r, i)).toBeNull();
  });

  it('reports an instruction that should fault but does not', () => {
    const [r, i] = first((x) => x.group === 'div32' && x.memIn === null);
    expect(replayer.replay({ ...r, exception: 0 }, i)).toMatch(/should raise #DE \(vector 0\) but did not/);
  });

  it('accepts an expected #DE only with the registers left as they were', () => {
    const [r, i] = first((x) => x.group === 'div32-de');
    expect(replayer.replay(r, i)).toBeNull();
    const bad = altered(r, (c) => { c.regsOut[0] = (c.regsOut[0]! + 1) >>> 0; });
    expect(replayer.replay(bad, i)).toMatch(/eax [0-9a-f]{8} expected/);
  });
});
