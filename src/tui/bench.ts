// `ringside tui --bench`: how fast the guest runs inside the UI compared with
// the same machine headless. Both boot the bundled kernel and run `spin` (a
// ring-3 busy loop); instructions and frames are counted over the same wall time.
import { TuiSession, type SessionOptions } from './session.ts';
import { TuiApp } from './app.ts';
import { createFakeTerminal } from './fake-terminal.ts';

export interface BenchResult {
  headlessMips: number;
  tuiMips: number;
  framesPerSecond: number;
  /** tuiMips / headlessMips. */
  ratio: number;
  seconds: number;
}

const SPIN_CMDLINE = 'limit=100000 -- run spin';
const SLICE = 50_000;

/** Boots the session's kernel until `spin` runs in ring 3. */
function runToSpin(session: TuiSession): void {
  const m = session.machine;
  for (let i = 0; i < 2000 && session.runningProgram !== 'spin'; i++) m.runSlice(SLICE);
  if (session.runningProgram !== 'spin') throw new Error('benchmark: the kernel did not start the spin program');
}

function headless(base: SessionOptions, seconds: number): number {
  const session = new TuiSession({ ...base, cmdline: SPIN_CMDLINE });
  runToSpin(session);
  const m = session.machine;
  const start = performance.now();
  const first = m.cpu.instructionCount;
  while (performance.now() - start < seconds * 1000) m.runSlice(SLICE);
  return (m.cpu.instructionCount - first) / ((performance.now() - start) * 1000);
}

async function inTui(base: SessionOptions, seconds: number, cols: number, rows: number, fps?: number): Promise<{ mips: number; fps: number }> {
  const session = new TuiSession({ ...base, cmdline: SPIN_CMDLINE });
  runToSpin(session);
  const term = createFakeTerminal(cols, rows);
  const app = new TuiApp({ screen: term.screen, session, fps });
  const start = performance.now();
  const first = session.machine.cpu.instructionCount;
  const frames = app.frames;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const elapsed = performance.now() - start;
  const result = { mips: (session.machine.cpu.instructionCount - first) / (elapsed * 1000), fps: ((app.frames - frames) * 1000) / elapsed };
  app.stop();
  term.screen.destroy();
  return result;
}

/** Measures headless and in-UI speed, alternating to even out JIT warm-up and machine noise. */
export async function benchmarkTui(opts: { seconds?: number; cols?: number; rows?: number; fps?: number; session?: SessionOptions } = {}): Promise<BenchResult> {
  const seconds = opts.seconds ?? 3;
  const base = opts.session ?? {};
  headless(base, 0.5); // warm-up
  const h1 = headless(base, seconds / 2);
  const t1 = await inTui(base, seconds / 2, opts.cols ?? 120, opts.rows ?? 40, opts.fps);
  const h2 = headless(base, seconds / 2);
  const t2 = await inTui(base, seconds / 2, opts.cols ?? 120, opts.rows ?? 40, opts.fps);
  const headlessMips = (h1 + h2) / 2;
  const tuiMips = (t1.mips + t2.mips) / 2;
  return { headlessMips, tuiMips, framesPerSecond: (t1.fps + t2.fps) / 2, ratio: tuiMips / headlessMips, seconds };
}

export function formatBench(r: BenchResult): string {
  return [
    `frames/s:        ${r.framesPerSecond.toFixed(1)}`,
    `guest MIPS (tui): ${r.tuiMips.toFixed(2)}`,
    `guest MIPS (headless): ${r.headlessMips.toFixed(2)}`,
    `tui/headless:    ${(r.ratio * 100).toFixed(0)}%`,
  ].join('\n');
}
