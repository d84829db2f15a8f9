// Test programs running on ringside itself: built by cc, booted with the
// bundled kernel on the emulated machine, exactly as `ringside run` does.
// One program per feature folder keeps this quick; scripts/cc-emulator-check.ts
// runs them all.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { runProgram } from '../../src/build/run-program.ts';
import { listPrograms, readProgramSpec } from './program-spec.ts';

const sample = new Map<string, string>();
for (const file of listPrograms()) {
  const feature = path.basename(path.dirname(file));
  if (!sample.has(feature)) sample.set(feature, file);
}

describe('test programs run on the emulated machine', () => {
  for (const [feature, file] of sample) {
    it(`${feature}/${path.basename(file)}`, () => {
      const spec = readProgramSpec(file);
      const r = runProgram(file, { args: spec.args });
      expect(r.console).toBe(spec.output);
      expect(r.status).toBe(spec.exit);
    }, 60_000);
  }
});
