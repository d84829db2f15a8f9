// Runs test programs on ringside itself: built by cc, booted with the bundled
// kernel on the emulated machine, exactly as `ringside run` does.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { runProgram } from '../../src/build/run-program.ts';
import { expectedConsole, programHalf, readProgramSpec } from './program-spec.ts';

/** One test per program of half `index` of tests/cc/programs. */
export function describeProgramRuns(index: 0 | 1): void {
  describe(`test programs run on the emulated machine (part ${index + 1} of 2)`, () => {
    for (const file of programHalf(index)) {
      const feature = path.basename(path.dirname(file));
      it(`${feature}/${path.basename(file)}`, () => {
        const spec = readProgramSpec(file);
        const r = runProgram(file, { args: spec.args, input: spec.stdin, eof: spec.stdin !== undefined });
        expect(r.console).toBe(expectedConsole(spec));
        expect(r.status).toBe(spec.exit);
      }, 60_000);
    }
  });
}
