// Helpers for driving the TUI headlessly: a fake terminal, frames run by hand,
// and the screen buffer read back as text.
import { buildBundle, type Bundle } from '../../src/build/bundle.ts';
import { TuiSession } from '../../src/tui/session.ts';
import { TuiApp, screenText } from '../../src/tui/app.ts';
import { createFakeTerminal, type FakeTerminal } from '../../src/tui/fake-terminal.ts';
import type { PanelId } from '../../src/tui/layout.ts';

let bundle: Bundle | null = null;

export interface Harness {
  term: FakeTerminal;
  session: TuiSession;
  app: TuiApp;
}

export function startTui(opts: { cols?: number; rows?: number; running?: boolean; cmdline?: string; files?: string[] } = {}): Harness {
  bundle ??= buildBundle();
  const term = createFakeTerminal(opts.cols ?? 80, opts.rows ?? 24);
  const session = new TuiSession({ bundle, cmdline: opts.cmdline, files: opts.files });
  const app = new TuiApp({ screen: term.screen, session, timer: false, running: opts.running ?? true, fps: 20 });
  return { term, session, app };
}

export function closeTui(h: Harness): void {
  h.app.stop();
  h.term.screen.destroy();
}

/** Lets blessed read what was written to the input stream. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Types raw terminal input (keys, escape sequences) and lets the UI handle it. */
export async function press(h: Harness, input: string): Promise<void> {
  h.term.type(input);
  await tick();
  await tick();
}

/** Runs frames until `done` holds; fails after `maxFrames`. */
export function runFramesUntil(h: Harness, done: () => boolean, maxFrames = 400): void {
  for (let i = 0; i < maxFrames; i++) {
    if (done()) return;
    h.app.frame();
  }
  if (!done()) throw new Error(`condition not reached after ${maxFrames} frames; status: ${statusLine(h)}\n${screen(h)}`);
}

export function screen(h: Harness): string {
  return screenText(h.app.screen).join('\n');
}

export function statusLine(h: Harness): string {
  const rows = screenText(h.app.screen);
  return rows[rows.length - 1] ?? '';
}

/** The text inside a panel's border, one string per row. */
export function panel(h: Harness, id: PanelId): string[] {
  const r = h.app.layout.panels[id];
  if (!r) throw new Error(`panel ${id} is not on screen (layout ${h.app.layout.mode})`);
  const rows = screenText(h.app.screen);
  const out: string[] = [];
  for (let y = r.top + 1; y < r.top + r.height - 1; y++) out.push((rows[y] ?? '').slice(r.left + 1, r.left + r.width - 1));
  return out;
}

/** The panel's title as drawn in its top border. */
export function panelTitle(h: Harness, id: PanelId): string {
  const r = h.app.layout.panels[id]!;
  return (screenText(h.app.screen)[r.top] ?? '').slice(r.left, r.left + r.width);
}

export function atPrompt(h: Harness): boolean {
  return /ringside\$ $/.test(h.session.terminal.text());
}
