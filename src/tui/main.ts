// `ringside tui`: builds the session, opens the terminal screen, runs until quit
// and restores the terminal.
import blessed from 'blessed';
import { TuiSession, type SessionOptions } from './session.ts';
import { TuiApp } from './app.ts';

export interface TuiOptions extends SessionOptions {
  fps?: number;
  /** Start paused at the kernel's entry instead of running. */
  paused?: boolean;
}

/** Runs the terminal UI on the process's terminal; resolves with an exit status when the user quits. */
export async function runTui(opts: TuiOptions = {}): Promise<number> {
  // Build everything first so that build errors print on a normal terminal.
  const session = new TuiSession(opts);
  const screen = blessed.screen({ smartCSR: true, title: 'ringside', fullUnicode: false, warnings: false, autoPadding: false });
  const app = new TuiApp({ screen, session, fps: opts.fps, running: !opts.paused });
  const restore = () => screen.destroy();
  // Quitting, a crash or a signal must all give the terminal back.
  process.once('SIGTERM', () => app.stop());
  try {
    await app.done;
  } finally {
    restore();
  }
  return 0;
}
