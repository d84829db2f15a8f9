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
  /** Listen for gdb on this port (127.0.0.1); the UI starts paused and pauses whenever gdb attaches. */
  gdbPort?: number;
}

/** Runs the terminal UI on the process's terminal; resolves with an exit status when the user quits.
 *  Pass a session built beforehand to have build errors reported before the screen opens. */
export async function runTui(opts: TuiOptions = {}, prebuilt?: TuiSession): Promise<number> {
  const session = prebuilt ?? new TuiSession(opts);
  // Listen before the screen opens, so that a port in use is reported on a normal terminal.
  let gdb: import('../debug/gdb/server.ts').GdbServer | null = null;
  let app: TuiApp | null = null;
  if (opts.gdbPort !== undefined) {
    const { GdbServer } = await import('../debug/gdb/server.ts');
    gdb = new GdbServer(session.machine, {
      port: opts.gdbPort,
      passive: true,
      onAttach: (attached) => {
        if (attached) app?.control.pause('gdb attached');
        app?.changed();
      },
    });
    await gdb.listen();
  }
  const screen = blessed.screen({ smartCSR: true, title: 'ringside', fullUnicode: false, warnings: false, autoPadding: false });
  drawLinesWithoutAcs(screen); // tmux and screen show ACS lines as `lqqk`
  app = new TuiApp({ screen, session, fps: opts.fps, running: !opts.paused && !gdb });
  const ui = app;
  // gdb runs the machine only while attached; the frames show what it does.
  const quitGdb = new AbortController();
  let drawnAt = 0;
  const draw = () => {
    const now = performance.now();
    if (now - drawnAt < 80) return; // a paused UI redraws itself every 250 ms anyway
    drawnAt = now;
    ui.changed();
  };
  void gdb?.drive({ signal: quitGdb.signal, afterSlice: draw }).then((end) => {
    if (end === 'killed') ui.stop();
  });
  // Quitting, a failed frame, an uncaught error or a signal must all give the terminal back.
  const onSignal = () => app.stop();
  const onUncaught = (e: unknown) => app.fail(e);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('uncaughtException', onUncaught);
  try {
    await app.done;
  } finally {
    quitGdb.abort();
    gdb?.close();
    screen.destroy();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('uncaughtException', onUncaught);
  }
  return 0;
}
