import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileToAssembly, CompileError } from '../../cc/driver.ts';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'errors');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.c')).sort();

describe('invalid programs give the expected diagnostic', () => {
  it('has a good number of cases', () => expect(files.length).toBeGreaterThanOrEqual(40));
  for (const f of files) {
    it(f, () => {
      const full = path.join(dir, f);
      const text = fs.readFileSync(full, 'utf8');
      const want = /^\/\/ expect-error: (.*)$/m.exec(text)![1]!;
      let err: unknown;
      try { compileToAssembly([{ name: full, text }], { warnings: { sink: () => {} } }); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(CompileError);
      const diags = (err as CompileError).diagnostics;
      expect(diags.join('\n')).toContain(want);
      // Every diagnostic is `file:line:col: error: message`, the source line, and a caret line.
      // The expectation is the whole message: some diagnostic's first line ends with `error: <want>`.
      const first = diags.find((d) => d.split('\n')[0]!.endsWith(`error: ${want}`));
      expect(first, diags.join('\n')).toBeDefined();
      const lines = first!.split('\n');
      expect(lines[0]).toMatch(new RegExp(`^${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: `));
      expect(lines).toHaveLength(3);
      expect(lines[2]).toMatch(/^[ \t]*\^$/);
    });
  }
});
