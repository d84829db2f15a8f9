// The key controller: what each key does to the run state and the UI state
// (focus, the compact layout's detail panel, the breakpoint prompt, help).
// Keys typed with the console focused go to the guest's COM1.
import { BreakpointError, type RunControl } from './run-control.ts';
import { DETAIL_PANELS, type PanelId } from './layout.ts';
import { actionFor, guestBytes, type Action, type KeyInfo } from './key-bindings.ts';
import { EVENT_FILTERS } from './views/event-filter.ts';
import { snapshotRegisters } from './views/register-snapshot.ts';
import type { ViewModel } from './views/view-model.ts';
import { hex } from './format.ts';
import { cContext, codeFrames } from './views/c-context.ts';
import { WatchpointError } from './watchpoints.ts';

/** What a prompt on the status line asks for. */
type PromptKind = 'break' | 'watch' | 'unwatch' | 'watchpoint';

/** The actions that run the guest: the frame selection goes back to frame 0. */
const RUNS_GUEST: ReadonlySet<Action> = new Set<Action>([
  'step', 'step-over', 'next-line', 'step-line', 'continue', 'pause', 'toggle-run', 'run-to-ring', 'run-to-syscall', 'run-to-fault', 'restart',
]);

const PROMPT_LABELS: Record<PromptKind, string> = {
  break: 'break at (address or symbol, empty = EIP)',
  watch: 'watch (C expression: x, *p, a[3], s.field, p->f)',
  unwatch: 'remove watch number (empty = the last)',
  watchpoint: 'watchpoint on writes to (C expression; again to remove)',
};

/** What the controller acts on: the app provides it. */
export interface KeyTarget {
  readonly control: RunControl;
  readonly model: ViewModel;
  readonly finished: boolean;
  /** Something changed: redraw (and, when running, run frames at once). */
  changed(): void;
  quit(): void;
}

export class KeyController {
  focus: 'console' | 'debugger' = 'console';
  /** The compact layout's detail panel. */
  detail: PanelId = 'events';
  /** The prompt's text while one is open. */
  prompt: string | null = null;
  private promptKind: PromptKind = 'break';
  helpVisible = false;

  constructor(private readonly target: KeyTarget) {}

  /** What the open prompt asks for. */
  get promptLabel(): string {
    return PROMPT_LABELS[this.promptKind];
  }

  private openPrompt(kind: PromptKind): void {
    this.promptKind = kind;
    this.prompt = '';
  }

  handleKey(ch: string | undefined, key: KeyInfo): void {
    if (this.target.finished) return;
    if (this.helpVisible) {
      this.helpVisible = false;
      return this.target.changed();
    }
    if (this.prompt !== null) return this.promptKey(ch, key);
    const action = actionFor(ch, key, this.focus);
    if (action === null) {
      if (this.focus === 'console') {
        const bytes = guestBytes(ch, key);
        if (bytes) {
          this.target.model.session.type(bytes);
          if (!this.target.control.running) {
            this.target.control.message = 'paused: typed keys wait in COM1 until you continue (F5)';
            this.target.changed();
          }
        }
      }
      return;
    }
    this.perform(action);
  }

  perform(action: Action): void {
    const c = this.target.control;
    const before = () => (this.target.model.previous = snapshotRegisters(this.target.model.session.machine.cpu));
    if (typeof action === 'object') {
      this.detail = DETAIL_PANELS[action.detail] ?? this.detail;
      return this.target.changed();
    }
    const model = this.target.model;
    // Anything that runs the guest shows frame 0 at the next stop (finish reads the selection first).
    if (RUNS_GUEST.has(action)) model.frameIndex = 0;
    switch (action) {
      case 'step':
        before();
        c.step();
        break;
      case 'step-over':
        before();
        c.stepOver();
        break;
      case 'next-line':
      case 'step-line':
        if (c.running) {
          c.message = `pause first (space): ${action === 'next-line' ? 'next' : 'step'} goes from where the guest stopped`;
          break;
        }
        before();
        c.next(action === 'step-line');
        break;
      case 'finish': {
        if (c.running) {
          c.message = 'pause first (space): finish runs until the stopped frame returns';
          break;
        }
        const frame = cContext(model).selected;
        if (!frame) c.message = 'finish: no frame here';
        else {
          before();
          c.finish(frame);
        }
        model.frameIndex = 0;
        break;
      }
      case 'frame-up':
      case 'frame-down': {
        if (c.running) {
          c.message = 'pause first: frames are read at a stop';
          break;
        }
        const frames = codeFrames(cContext(model).frames);
        const to = model.frameIndex + (action === 'frame-up' ? 1 : -1);
        if (to < 0 || to >= frames.length) c.message = action === 'frame-up' ? 'already in the outermost frame' : 'already in the innermost frame';
        else {
          model.frameIndex = to;
          const f = frames[to]!;
          c.message = `frame #${f.level}: ${f.name}${f.file && f.line !== null ? ` at ${f.file}:${f.line}` : ''}`;
        }
        break;
      }
      case 'add-watch':
        this.openPrompt('watch');
        break;
      case 'remove-watch':
        if (model.watches.length === 0) c.message = 'no watch expressions to remove';
        else this.openPrompt('unwatch');
        break;
      case 'watchpoint':
        if (c.running) c.message = 'pause first: a watchpoint is set on what an expression names at a stop';
        else this.openPrompt('watchpoint');
        break;
      case 'continue':
        c.continue();
        break;
      case 'pause':
        if (c.running) c.pause('paused (Ctrl-C)');
        break;
      case 'toggle-run':
        c.toggleRun();
        break;
      case 'run-to-ring':
        c.continue('ring');
        break;
      case 'run-to-syscall':
        c.continue('syscall');
        break;
      case 'run-to-fault':
        c.continue('fault');
        break;
      case 'breakpoint':
        this.openPrompt('break');
        break;
      case 'toggle-break-fault':
        c.breakOnFault = !c.breakOnFault;
        c.message = `stop on every fault: ${c.breakOnFault ? 'on' : 'off'}`;
        break;
      case 'toggle-break-ring':
        c.breakOnRing = !c.breakOnRing;
        c.message = `stop on every ring switch: ${c.breakOnRing ? 'on' : 'off'}`;
        break;
      case 'clear-breakpoints':
        c.breakpoints.clear();
        c.message = 'breakpoints cleared';
        break;
      case 'restart':
        c.restart();
        this.target.model.previous = null;
        break;
      case 'faster':
        c.faster();
        break;
      case 'slower':
        c.slower();
        break;
      case 'help':
        this.helpVisible = true;
        break;
      case 'quit':
        this.target.quit();
        return;
      case 'focus':
        this.focus = this.focus === 'console' ? 'debugger' : 'console';
        break;
      case 'filter': {
        const i = EVENT_FILTERS.indexOf(this.target.model.eventFilter);
        this.target.model.eventFilter = EVENT_FILTERS[(i + 1) % EVENT_FILTERS.length]!;
        this.target.model.eventScroll = 0;
        break;
      }
      case 'toggle-switches':
        this.target.model.showSwitches = !this.target.model.showSwitches;
        c.message = `context switches in the event log: ${this.target.model.showSwitches ? 'shown' : 'hidden'}`;
        break;
      case 'table':
        this.target.model.table = this.target.model.table === 'gdt' ? 'idt' : 'gdt';
        this.target.model.tableScroll = 0;
        break;
      case 'table-up':
        this.target.model.tableScroll = Math.max(0, this.target.model.tableScroll - 4);
        break;
      case 'table-down':
        this.target.model.tableScroll += 4;
        break;
      case 'scroll-up':
        this.target.model.eventScroll += 10;
        break;
      case 'scroll-down':
        this.target.model.eventScroll = Math.max(0, this.target.model.eventScroll - 10);
        break;
    }
    this.target.changed();
  }

  /** Enter at the watch, unwatch and watchpoint prompts. */
  private promptDone(kind: PromptKind, text: string): void {
    const c = this.target.control;
    const model = this.target.model;
    if (kind === 'watch') {
      if (text === '') return;
      model.watches.push(text);
      c.message = `watch ${model.watches.length}: ${text}`;
    } else if (kind === 'unwatch') {
      const n = text === '' ? model.watches.length : Number(text);
      if (!Number.isInteger(n) || n < 1 || n > model.watches.length) {
        c.message = `no watch number "${text}": the watch panel numbers them 1..${model.watches.length}`;
        return;
      }
      const [gone] = model.watches.splice(n - 1, 1);
      c.message = `watch ${n} (${gone}) removed`;
    } else if (kind === 'watchpoint') {
      if (text === '') return;
      try {
        c.message = c.watchpoints.toggle(text, cContext(model).scope);
      } catch (e) {
        if (!(e instanceof WatchpointError)) throw e;
        c.message = e.message;
      }
    }
  }

  private promptKey(ch: string | undefined, key: KeyInfo): void {
    if (key.name === 'escape') {
      this.prompt = null;
    } else if (key.name === 'return') {
      return; // blessed's second report of the Enter key already handled as 'enter'
    } else if (key.name === 'enter') {
      const text = this.prompt!.trim();
      this.prompt = null;
      if (this.promptKind !== 'break') {
        this.promptDone(this.promptKind, text);
        return this.target.changed();
      }
      const c = this.target.control;
      try {
        if (text === '') {
          const eip = this.target.model.session.machine.cpu.eip >>> 0;
          c.message = c.toggleBreakpoint(eip) ? `breakpoint set at 0x${hex(eip)}` : `breakpoint at 0x${hex(eip)} removed`;
        } else {
          const { addr, note } = c.locate(text);
          c.message = c.toggleBreakpoint(addr) ? `breakpoint set at 0x${hex(addr)} (${note ?? text})` : `breakpoint at 0x${hex(addr)} removed${note ? ` (${note})` : ''}`;
        }
      } catch (e) {
        if (!(e instanceof BreakpointError)) throw e;
        c.message = e.message;
      }
    } else if (key.name === 'backspace') {
      this.prompt = this.prompt!.slice(0, -1);
    } else if (ch && ch >= ' ' && ch <= '~') {
      this.prompt += ch;
    }
    this.target.changed();
  }
}
