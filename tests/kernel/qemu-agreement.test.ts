// The same kernel and program images (built natively by scripts/kernel-native-build)
// behave identically on QEMU (the recorded transcripts) and on ringside's Machine:
// the same console output and, process by process, the same trace (where the
// timer interrupted whom differs between the two, see perProcess).
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectation, USER } from './expectations.ts';
import { loadGoldens } from './golden.ts';
import { lifecycle, normalize, perProcess, replayOnMachine } from './replay.ts';

describe('kernel on ringside agrees with QEMU', () => {
  for (const g of loadGoldens()) {
    if (g.qemuDivergence) {
      it(`${g.name}: does what its header says, where QEMU does not (${g.qemuDivergence})`, () => {
        const r = replayOnMachine(g);
        const source = [path.join(USER, `${g.name}.c`), path.join(USER, 'attacks', `${g.name}.c`)];
        const want = expectation(source.find((f) => fs.existsSync(f))!);
        expect(r.exitValue).toBe(want.status);
        if (want.killLine) expect(r.console).toContain(want.killLine + '\n');
        expect(r.exitValue).not.toBe(g.exitValue);
      });
      continue;
    }
    it(`${g.name}: ${g.cmdline}`, () => {
      const r = replayOnMachine(g);
      expect(r.state).toBe('exited');
      expect(normalize(r.console)).toBe(normalize(g.console));
      const view = g.concurrent ? lifecycle : (t: string) => t;
      expect(perProcess(view(normalize(r.trace)))).toBe(perProcess(view(normalize(g.trace))));
      expect(r.exitValue).toBe(g.exitValue);
    });
  }
});
