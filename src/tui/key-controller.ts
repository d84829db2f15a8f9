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
  /** The breakpoint prompt's text while it is open. */
  prompt: string | null = null;
  helpVisible = false;

  constructor(private readonly target: KeyTarget) {}

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
    switch (action) {
      case 'step':
        before();
        c.step();
        break;
      case 'step-over':
        before();
        c.stepOver();
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
        this.prompt = '';
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

  private promptKey(ch: string | undefined, key: KeyInfo): void {
    if (key.name === 'escape') {
      this.prompt = null;
    } else if (key.name === 'return') {
      return; // blessed's second report of the Enter key already handled as 'enter'
    } else if (key.name === 'enter') {
      const text = this.prompt!.trim();
      this.prompt = null;
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
