// The second half of tests/cc/programs on the emulated machine (the first half
// is in emulator.test.ts; two files let vitest use two workers).
import { describeProgramRuns } from './emulator-runs.ts';

describeProgramRuns(1);
