// What every view reads: the session, the run controller and the UI's own
// state (previous register values, filters, which table is shown).
import type { TuiSession } from '../session.ts';
import type { RunControl } from '../run-control.ts';
import type { EventFilter } from './event-filter.ts';
import type { RegisterSnapshot } from './register-snapshot.ts';

export interface ViewModel {
  session: TuiSession;
  control: RunControl;
  /** Register values at the previous stop (or frame): changed ones are highlighted. */
  previous: RegisterSnapshot | null;
  eventFilter: EventFilter;
  /** Context switches in the event log (on by default; `w` toggles: they are frequent). */
  showSwitches: boolean;
  /** Which descriptor table the table view shows. */
  table: 'gdt' | 'idt';
  /** First table row shown in the GDT/IDT view. */
  tableScroll: number;
  /** Event log lines scrolled back from the newest (0: follow). */
  eventScroll: number;
  /** The watch panel's C expressions (`w` adds, `W` removes). */
  watches: string[];
  /** The frame the locals and watch panels look at: 0 innermost (`u` / `d` move; a step resets). */
  frameIndex: number;
}

/** A view: tagged text lines for a panel of the given inner size. */
export type RenderView = (model: ViewModel, width: number, height: number) => string[];
