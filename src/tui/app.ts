// The blessed application: one box per panel placed by layout.ts, the status
// line, the help overlay, and the frame loop that runs the CPU in slices
// between screen refreshes. Keys are handled by key-controller.ts.
import blessed from 'blessed';
import type { TuiSession } from './session.ts';
import { RunControl } from './run-control.ts';
import { computeLayout, type Layout, type PanelId } from './layout.ts';
import type { Action, KeyInfo } from './key-bindings.ts';
import { KeyController, type KeyTarget } from './key-controller.ts';
import { EVENT_FILTERS } from './views/event-filter.ts';
import { snapshotRegisters } from './views/register-snapshot.ts';
import type { RenderView, ViewModel } from './views/view-model.ts';
import { renderConsole } from './views/console-view.ts';
import { renderRegisters } from './views/registers-view.ts';
import { renderSegments } from './views/segments-view.ts';
import { renderDisassembly } from './views/disasm-view.ts';
import { renderStack } from './views/stack-view.ts';
import { renderMemoryMap } from './views/memory-map-view.ts';
import { renderTables } from './views/tables-view.ts';
import { renderEvents } from './views/events-view.ts';
import { renderProcesses, processesTitle } from './views/processes-view.ts';
import { renderStatus } from './views/status-view.ts';
import { HELP_LINES } from './views/help-view.ts';
import { renderLocals } from './views/locals-view.ts';
import { renderWatch } from './views/watch-view.ts';
import { renderBacktrace } from './views/backtrace-view.ts';

const VIEWS: Record<PanelId, { title: string; render: RenderView }> = {
  console: { title: 'console (COM1)', render: renderConsole },
  registers: { title: 'registers', render: renderRegisters },
  segments: { title: 'segments', render: renderSegments },
  disasm: { title: 'disassembly', render: renderDisassembly },
  stack: { title: 'stack', render: renderStack },
  memory: { title: 'memory: physical / virtual', render: renderMemoryMap },
  tables: { title: 'descriptor tables', render: renderTables },
  events: { title: 'events', render: renderEvents },
  processes: { title: 'processes', render: renderProcesses },
  locals: { title: 'locals', render: renderLocals },
  watch: { title: 'watch', render: renderWatch },
  backtrace: { title: 'backtrace', render: renderBacktrace },
};

const SLOW_VIEWS = new Set<PanelId>(['memory', 'tables']);
const SLOW_VIEW_MS = 500;

export interface TuiAppOptions {
  screen: blessed.Widgets.Screen;
  session: TuiSession;
  /** Frames a second while running (default 12). */
  fps?: number;
  /** Start with the guest running (default true). */
  running?: boolean;
  /** Run frames from a timer (default true; tests drive `frame()` themselves). */
  timer?: boolean;
}

export class TuiApp implements KeyTarget {
  readonly control: RunControl;
  readonly model: ViewModel;
  readonly screen: blessed.Widgets.Screen;
  readonly keys: KeyController;
  layout: Layout;
  /** Measured while running. */
  fps = 0;
  mips = 0;
  frames = 0;

  private readonly boxes = new Map<PanelId, blessed.Widgets.BoxElement>();
  // What each box shows, so unchanged panels skip blessed's tag parsing.
  private readonly contents = new Map<PanelId, string>();
  private readonly labels = new Map<PanelId, string>();
  // Slow views (the memory maps walk 8,000 page entries) refresh at most this often while running.
  private readonly slowViewAt = new Map<PanelId, number>();
  private readonly status: blessed.Widgets.BoxElement;
  private readonly help: blessed.Widgets.BoxElement;
  private readonly period: number;
  private readonly useTimer: boolean;
  private timer: NodeJS.Timeout | null = null;
  private lastRenderMs = 5;
  private nextDue = 0;
  private rateWindow = { start: performance.now(), frames: 0, instructions: 0 };
  private ended = false;
  private resolveDone: () => void = () => {};
  private rejectDone: (e: unknown) => void = () => {};
  /** Resolves when the user quits; rejects if a frame failed (the UI stops first). */
  readonly done: Promise<void>;

  constructor(opts: TuiAppOptions) {
    this.screen = opts.screen;
    this.period = 1000 / (opts.fps ?? 12);
    this.useTimer = opts.timer ?? true;
    this.control = new RunControl(opts.session);
    this.model = { session: opts.session, control: this.control, previous: null, eventFilter: EVENT_FILTERS[0]!, showSwitches: true, table: 'gdt', tableScroll: 0, eventScroll: 0, watches: [], frameIndex: 0 };
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    for (const id of Object.keys(VIEWS) as PanelId[]) {
      this.boxes.set(id, blessed.box({ parent: this.screen, label: ` ${VIEWS[id].title} `, border: { type: 'line' }, tags: true, wrap: false, hidden: true, style: { border: { fg: 'gray' } } }));
    }
    this.status = blessed.box({ parent: this.screen, tags: true, wrap: false, height: 1, style: { bg: 'blue', fg: 'white' } });
    this.help = blessed.box({
      parent: this.screen, label: ' help ', border: { type: 'line' }, tags: true, hidden: true,
      top: 'center', left: 'center', width: 84, height: HELP_LINES.length + 2, content: HELP_LINES.join('\n'),
      style: { border: { fg: 'yellow' }, bg: 'black' },
    });
    this.keys = new KeyController(this);
    this.layout = computeLayout(this.cols, this.rows, this.keys.detail);
    this.screen.on('keypress', (ch: string | undefined, key: KeyInfo) => {
      try {
        this.keys.handleKey(ch, key);
      } catch (e) {
        this.fail(e);
      }
    });
    this.screen.on('resize', () => this.render());
    if (opts.running ?? true) this.control.continue();
    this.render();
    if (this.useTimer) this.schedule(0);
  }

  /** True once the UI has quit or failed. */
  get finished(): boolean {
    return this.ended;
  }

  get cols(): number {
    return Math.max(1, this.screen.cols ?? (this.screen.width as number));
  }

  get rows(): number {
    return Math.max(1, this.screen.rows ?? (this.screen.height as number));
  }

  /** One frame: run the guest for the frame's share of time, then draw. Frames
   *  keep to a fixed schedule: a timer that fires late shortens the run, not the rate. */
  frame(): void {
    if (this.ended) return;
    const start = performance.now();
    if (start - this.nextDue > this.period) this.nextDue = start; // far behind (or first frame): start over
    const frameEnd = this.nextDue + this.period;
    if (this.control.running) {
      this.model.previous = snapshotRegisters(this.model.session.machine.cpu);
      const budget = Math.max(2, frameEnd - start - this.lastRenderMs - 1);
      const ran = this.control.runFrame(budget);
      this.rateWindow.instructions += ran;
    }
    this.rateWindow.frames++;
    this.frames++;
    const now = performance.now();
    if (now - this.rateWindow.start >= 1000) {
      const secs = (now - this.rateWindow.start) / 1000;
      this.fps = this.rateWindow.frames / secs;
      this.mips = this.rateWindow.instructions / secs / 1e6;
      this.rateWindow = { start: now, frames: 0, instructions: 0 };
    }
    const renderStart = performance.now();
    this.render();
    // A smoothed render time: one slow frame (a resize, a big log) should not halve the next run.
    this.lastRenderMs = 0.7 * this.lastRenderMs + 0.3 * (performance.now() - renderStart);
    this.nextDue = frameEnd;
    if (this.useTimer) this.schedule(Math.max(0, frameEnd - performance.now()));
  }

  /** Lays the panels out for the current size and redraws every visible one. */
  render(): void {
    if (this.ended) return;
    this.layout = computeLayout(this.cols, this.rows, this.keys.detail);
    for (const [id, box] of this.boxes) {
      const rect = this.layout.panels[id];
      if (!rect) {
        box.hide();
        continue;
      }
      box.show();
      const label = this.labelFor(id);
      if (this.labels.get(id) !== label) {
        this.labels.set(id, label);
        box.setLabel(label);
      }
      box.left = rect.left;
      box.top = rect.top;
      box.width = rect.width;
      box.height = rect.height;
      const focus = this.keys.focus;
      const focused = (id === 'console' && focus === 'console') || (focus === 'debugger' && id === 'disasm');
      box.style.border = { fg: focused ? 'cyan' : 'gray' };
      const w = Math.max(0, rect.width - 2);
      const h = Math.max(0, rect.height - 2);
      if (SLOW_VIEWS.has(id) && this.control.running && performance.now() - (this.slowViewAt.get(id) ?? 0) < SLOW_VIEW_MS && this.contents.has(id)) continue;
      this.slowViewAt.set(id, performance.now());
      let lines: string[];
      try {
        lines = VIEWS[id].render(this.model, w, h);
      } catch (e) {
        // A view must never take the UI down: show what went wrong in its panel.
        lines = [`{red-fg}view error: ${blessed.escape(e instanceof Error ? e.message : String(e))}{/red-fg}`];
      }
      const content = lines.slice(0, h).join('\n');
      if (this.contents.get(id) !== content) {
        this.contents.set(id, content);
        box.setContent(content);
      }
    }
    const s = this.layout.status;
    this.status.left = s.left;
    this.status.top = s.top;
    this.status.width = s.width;
    this.status.setContent(renderStatus(this.model, { focus: this.keys.focus, prompt: this.keys.prompt, promptLabel: this.keys.promptLabel, fps: this.fps, mips: this.mips }, s.width));
    this.help.width = Math.min(84, this.cols);
    this.help.height = Math.min(HELP_LINES.length + 2, this.rows);
    if (this.keys.helpVisible) {
      this.help.show();
      this.help.setFront();
    } else {
      this.help.hide();
    }
    this.screen.render();
  }

  /** Runs an action as if its key was pressed. */
  perform(action: Action): void {
    this.keys.perform(action);
  }

  /** Redraws after a key; a paused loop wakes slowly, so start running frames at once. */
  changed(): void {
    if (this.control.running && this.useTimer && this.timer && !this.ended) {
      clearTimeout(this.timer);
      this.schedule(0);
    }
    this.render();
  }

  quit(): void {
    this.stop();
  }

  /** Ends the UI: stops the frame loop (the caller destroys the screen, restoring the terminal). */
  stop(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.control.pause('quit');
    this.resolveDone();
  }

  /** Ends the UI because of an error (the caller restores the terminal and reports it). */
  fail(e: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.rejectDone(e);
  }

  /** A panel's title, with the state that changes what it shows. */
  private labelFor(id: PanelId): string {
    if (id === 'events') return ` events: ${this.model.eventFilter.name}${this.model.showSwitches ? '' : ', switches hidden'} `;
    if (id === 'processes') return processesTitle(this.model.session.processes.running, this.model.session.processes.rows().length);
    if (id === 'tables') return ` descriptor tables: ${this.model.table.toUpperCase()} `;
    if (id === 'watch') return ` watch (${this.model.watches.length}${this.control.watchpoints.count ? `, DR ${this.control.watchpoints.count}` : ''}) `;
    if (id === 'console') return this.keys.focus === 'console' ? ' console (COM1): keys go to the guest ' : ' console (COM1) ';
    return ` ${VIEWS[id].title} `;
  }

  private schedule(ms: number): void {
    if (this.ended) return;
    // Paused: nothing changes on its own, so wake rarely (keys redraw at once).
    const delay = this.control.running ? ms : Math.max(ms, 250);
    this.timer = setTimeout(() => {
      try {
        this.frame();
      } catch (e) {
        // Stop cleanly so the caller can restore the terminal and report the error.
        this.ended = true;
        this.rejectDone(e);
      }
    }, delay);
  }
}

/** The screen as plain text, one string per row (for tests and captures). */
export function screenText(screen: blessed.Widgets.Screen): string[] {
  const lines = (screen as unknown as { lines: [number, string][][] }).lines;
  return lines.map((row) => row.map((cell) => cell[1]).join(''));
}
