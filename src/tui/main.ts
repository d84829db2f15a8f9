// `ringside tui`: builds the session, opens the terminal screen, runs until quit
// and restores the terminal.
import blessed from 'blessed';
import { TuiSession, type SessionOptions } from './session.ts';
import { TuiApp } from './app.ts';
import { drawLinesWithoutAcs } from './line-drawing.ts';

export interface TuiOptions extends SessionOptions {
  fps?: number;
  /** Start paused at the kernel's entry instead of running. */
  paused?: boolean;
}

/** Runs the terminal UI on the process's terminal; resolves with an exit status when the user quits.
 *  Pass a session built beforehand to have build errors reported before the screen opens. */
export async function runTui(opts: TuiOptions = {}, prebuilt?: TuiSession): Promise<number> {
  const session = prebuilt ?? new TuiSession(opts);
  const screen = blessed.screen({ smartCSR: true, title: 'ringside', fullUnicode: false, warnings: false, autoPadding: false });
  drawLinesWithoutAcs(screen); // tmux and screen show ACS lines as `lqqk`
  const app = new TuiApp({ screen, session, fps: opts.fps, running: !opts.paused });
  // Quitting, a failed frame, an uncaught error or a signal must all give the terminal back.
  const onSignal = () => app.stop();
  const onUncaught = (e: unknown) => app.fail(e);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('uncaughtException', onUncaught);
  try {
    await app.done;
  } finally {
    screen.destroy();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('uncaughtException', onUncaught);
  }
  return 0;
}
