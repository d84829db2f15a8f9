// The same kernel and program images (built natively by scripts/kernel-native-build)
// behave identically on QEMU (the recorded transcripts) and on ringside's Machine.
import { describe, it, expect } from 'vitest';
import { loadGoldens } from './golden.ts';
import { normalize, replayOnMachine } from './replay.ts';

describe('kernel on ringside agrees with QEMU', () => {
  for (const g of loadGoldens()) {
    it(`${g.name}: ${g.cmdline}`, () => {
      const r = replayOnMachine(g);
      expect(r.state).toBe('exited');
      expect(normalize(r.console)).toBe(normalize(g.console));
      expect(normalize(r.trace)).toBe(normalize(g.trace));
      expect(r.exitValue).toBe(g.exitValue);
    });
  }
});
