import { describe, it, expect } from 'vitest';
import { ExpectationError, formatExpectation, parseExpectation, parseTimeLimit } from '../../src/attacks/expectation.ts';

describe('parseExpectation', () => {
  it('reads a machine-readable expect line in a block comment', () => {
    const src = '/* x.c: a trick.\n * expect: killed page fault 139 */\nint main() { return 1; }\n';
    expect(parseExpectation(src, 'x.c')).toEqual({ kind: 'killed', reason: 'page fault', status: 139 });
  });

  it('reads refused, ignored, and assembly comments', () => {
    expect(parseExpectation('/* a\n * expect: refused\n */\n', 'a.c')).toEqual({ kind: 'refused' });
    expect(parseExpectation('; t.s: a trick\n; expect: ignored\nsection .text\n', 't.s')).toEqual({ kind: 'ignored' });
    expect(parseExpectation('// t.c\n// expect: killed bad syscall number 159\n', 't.c'))
      .toEqual({ kind: 'killed', reason: 'bad syscall number', status: 159 });
  });

  it('reads survives (the program outlives its misbehaving child)', () => {
    expect(parseExpectation('/* c.c: a child faults\n * expect: survives */\n', 'c.c')).toEqual({ kind: 'survives' });
    expect(formatExpectation({ kind: 'survives' })).toBe('survives');
    expect(() => parseExpectation('/* expect: survives 0 */', 'c.c')).toThrow(ExpectationError);
  });

  it('reads the older prose form', () => {
    const src = '/* cli.c: ring 3 tries cli.\n * Expected: killed with "[program killed: general protection fault]", status 139. */\n';
    expect(parseExpectation(src, 'cli.c')).toEqual({ kind: 'killed', reason: 'general protection fault', status: 139 });
  });

  it('only looks at the leading comment', () => {
    const src = '/* no expectation here */\nint main() {}\n/* expect: refused */\n';
    expect(() => parseExpectation(src, 'late.c')).toThrow(ExpectationError);
  });

  it('rejects a malformed expect line with the file named', () => {
    expect(() => parseExpectation('/* expect: killed 139 */', 'bad.c')).toThrow(/bad\.c: cannot read "expect: killed 139"/);
    expect(() => parseExpectation('/* expect: exploded */', 'bad.c')).toThrow(ExpectationError);
    expect(() => parseExpectation('int main() {}', 'none.c')).toThrow(/none\.c: no "expect:" line/);
  });

  it('formats for the table', () => {
    expect(formatExpectation({ kind: 'killed', reason: 'divide error', status: 136 })).toBe('killed: divide error (136)');
    expect(formatExpectation({ kind: 'ignored' })).toBe('ignored');
  });
});

describe('parseTimeLimit', () => {
  it('reads an optional limit line', () => {
    expect(parseTimeLimit('/* x\n * limit: 3\n * expect: refused */', 'x.c')).toBe(3);
    expect(parseTimeLimit('/* x\n * expect: refused */', 'x.c')).toBeNull();
    expect(() => parseTimeLimit('/* limit: 0 */', 'x.c')).toThrow(/not a positive number/);
  });
});
