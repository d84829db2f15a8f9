// The scenario protocol itself: header parsing and the verdict on a run.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judge, parseScenario, ScenarioFormatError, loadScenarios, TRIPLE_FAULT_MARKER } from './scenario-runner.ts';

const header = '; Rule: a rule\n; continued.\n; Manual: i486 PRM §1\n; Expect: PASS\n\nsection .text\n';

describe('parseScenario', () => {
  it('reads the rule and the expectation', () => {
    const s = parseScenario('x.s', header);
    expect(s.expect).toBe('PASS');
    expect(s.rule).toBe('a rule continued.');
  });

  it('rejects a file without an Expect line', () => {
    expect(() => parseScenario('x.s', '; Rule: r\n; Manual: m\n')).toThrow(ScenarioFormatError);
    expect(() => parseScenario('x.s', '; Rule: r\n; Manual: m\n')).toThrow(/x\.s: .*Expect/);
  });

  it('rejects an unknown expectation and a missing citation', () => {
    expect(() => parseScenario('x.s', '; Rule: r\n; Manual: m\n; Expect: MAYBE\n')).toThrow(/unknown expectation "MAYBE"/);
    expect(() => parseScenario('x.s', '; Rule: r\n; Expect: PASS\n')).toThrow(/cites no manual/);
  });

  it('rejects a file without a comment block', () => {
    expect(() => parseScenario('x.s', 'section .text\n')).toThrow(/missing the leading comment block/);
  });

  it('every scenario file has a well-formed header and a unique number', () => {
    const all = loadScenarios();
    const numbers = all.map((s) => s.file.slice(0, 3));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const s of all) expect(s.file).toMatch(/^\d{3}-[a-z0-9-]+\.s$/);
  });
});

describe('judge', () => {
  it('accepts PASS as the last line with exit 0', () => {
    expect(judge('PASS', { state: 'exited', exitValue: 0, output: 'PASS\n' }).ok).toBe(true);
  });

  it('rejects a FAIL line even when PASS follows', () => {
    const v = judge('PASS', { state: 'exited', exitValue: 0, output: 'FAIL x got=1 want=2\nPASS\n' });
    expect(v.ok).toBe(false);
    expect(v.reason).toContain('FAIL x got=1 want=2');
  });

  it('rejects a non-zero exit, a missing PASS and a machine that did not exit', () => {
    expect(judge('PASS', { state: 'exited', exitValue: 1, output: 'PASS\n' }).ok).toBe(false);
    expect(judge('PASS', { state: 'exited', exitValue: 0, output: '' }).ok).toBe(false);
    expect(judge('PASS', { state: 'limit', exitValue: null, output: 'PASS\n' }).ok).toBe(false);
    expect(judge('PASS', { state: 'triple-fault', exitValue: null, output: 'PASS\n' }).ok).toBe(false);
  });

  it('wants a triple fault right after the marker for TRIPLE-FAULT scenarios', () => {
    const marker = `${TRIPLE_FAULT_MARKER}\n`;
    expect(judge('TRIPLE-FAULT', { state: 'triple-fault', exitValue: null, output: marker }).ok).toBe(true);
    expect(judge('TRIPLE-FAULT', { state: 'triple-fault', exitValue: null, output: '' }).ok).toBe(false);
    expect(judge('TRIPLE-FAULT', { state: 'exited', exitValue: 0, output: marker }).ok).toBe(false);
  });
});

describe('docs/CONFORMANCE.md', () => {
  it('lists every scenario with its rule', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/CONFORMANCE.md', import.meta.url)), 'utf8');
    const missing = loadScenarios()
      .map((s) => s.file.replace(/\.s$/, ''))
      .filter((name) => !doc.includes('`' + name + '`'));
    expect(missing).toEqual([]);
  });
});

describe('judge messages', () => {
  it('names the state, the output tail and the instruction count', () => {
    const v = judge('PASS', { state: 'triple-fault', exitValue: null, output: '', instructions: 0 });
    expect(v.reason).toBe('machine did not exit: state triple-fault (output: (no output), 0 instructions)');
  });
});
