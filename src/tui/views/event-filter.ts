// Event categories and the filters the `f` key cycles through. A ring switch
// caused by a hardware interrupt (and the IRET that ends it) counts as IRQ
// traffic, so the timer does not bury the interesting transitions. Context
// switches have their own category: frequent, so they can be hidden (`w`).
import type { DebugEvent } from '../../debug/events.ts';

export type EventCategory =
  | 'ring' | 'irq' | 'trap' | 'iret' | 'syscall' | 'check' | 'fault' | 'kill' | 'program' | 'process' | 'switch' | 'cr3' | 'kernel';

export interface EventFilter {
  name: string;
  categories: ReadonlySet<EventCategory>;
}

const ALL: EventCategory[] = ['ring', 'irq', 'trap', 'iret', 'syscall', 'check', 'fault', 'kill', 'program', 'process', 'switch', 'cr3', 'kernel'];

export const EVENT_FILTERS: readonly EventFilter[] = [
  { name: 'default', categories: new Set<EventCategory>(['ring', 'syscall', 'fault', 'kill', 'program', 'process', 'switch', 'cr3', 'kernel']) },
  { name: 'all', categories: new Set(ALL) },
  { name: 'syscalls', categories: new Set<EventCategory>(['syscall', 'check']) },
  { name: 'faults+kills', categories: new Set<EventCategory>(['fault', 'kill', 'kernel']) },
  { name: 'rings', categories: new Set<EventCategory>(['ring', 'irq']) },
  { name: 'processes', categories: new Set<EventCategory>(['program', 'process', 'switch', 'kill']) },
  { name: 'cr3', categories: new Set<EventCategory>(['cr3', 'program', 'switch']) },
  { name: 'irq', categories: new Set<EventCategory>(['irq']) },
];

export interface ClassifiedEvent {
  event: DebugEvent;
  category: EventCategory;
  /** For ring switches into the kernel: the interrupt that caused it. */
  cause: Extract<DebugEvent, { kind: 'interrupt' }> | null;
}

/** Classifies events as they arrive, pairing interrupts with the ring switches
 *  and IRETs they cause. Keeps its own history, with IRQ traffic and context
 *  switches each capped separately so 100 timer ticks (and as many switches) a
 *  second cannot push a kill out of view. */
export class EventHistory {
  private important: ClassifiedEvent[] = [];
  private irq: ClassifiedEvent[] = [];
  private switches: ClassifiedEvent[] = [];
  // The interrupt handlers currently entered (innermost last) and the latest interrupt.
  private open: Extract<DebugEvent, { kind: 'interrupt' }>[] = [];
  private last: Extract<DebugEvent, { kind: 'interrupt' }> | null = null;

  constructor(
    private readonly capacity = 5000,
    private readonly irqCapacity = 1000,
    private readonly switchCapacity = 1000,
  ) {}

  clear(): void {
    this.important = [];
    this.irq = [];
    this.switches = [];
    this.open = [];
    this.last = null;
  }

  add(e: DebugEvent): ClassifiedEvent {
    const c = this.classify(e);
    const [list, cap] =
      c.category === 'irq' ? [this.irq, this.irqCapacity] : c.category === 'switch' ? [this.switches, this.switchCapacity] : [this.important, this.capacity];
    list.push(c);
    // Drop in chunks so trimming is not paid on every event.
    if (list.length > cap + cap / 4) list.splice(0, list.length - cap);
    return c;
  }

  /** The kept events of the filter's categories, oldest first; `switches` false leaves out context switches. */
  list(filter: EventFilter, switches = true): ClassifiedEvent[] {
    let out = this.important.filter((c) => filter.categories.has(c.category));
    if (switches && filter.categories.has('switch')) out = merge(out, this.switches);
    if (filter.categories.has('irq')) out = merge(out, this.irq);
    return out;
  }

  private classify(e: DebugEvent): ClassifiedEvent {
    let category: EventCategory;
    let cause: ClassifiedEvent['cause'] = null;
    switch (e.kind) {
      case 'interrupt':
        category = e.source === 'irq' ? 'irq' : e.source === 'exception' ? 'fault' : 'trap';
        this.open.push(e);
        this.last = e;
        break;
      case 'iret': {
        const ended = this.open.pop();
        this.last = ended ?? null;
        category = ended?.source === 'irq' ? 'irq' : 'iret';
        break;
      }
      case 'ring':
        cause = this.last;
        category = this.last?.source === 'irq' ? 'irq' : 'ring';
        break;
      case 'syscall':
      case 'sysret':
        category = 'syscall';
        break;
      case 'check':
        category = 'check';
        break;
      case 'kill':
        this.open.length = 0; // the kernel abandons the program's trap frames
        category = 'kill';
        break;
      case 'run':
      case 'exit':
        category = 'program';
        break;
      case 'fork':
      case 'block':
      case 'wake':
      case 'signal':
      case 'reap':
      case 'reparent':
        category = 'process';
        break;
      case 'switch':
        category = 'switch';
        break;
      case 'cr3':
        category = 'cr3';
        break;
      default:
        category = 'kernel';
    }
    if (this.open.length > 64) this.open.splice(0, this.open.length - 64); // a kernel that never IRETs must not grow this
    return { event: e, category, cause };
  }
}

/** Two lists each in event order, merged in event order. */
function merge(a: ClassifiedEvent[], b: ClassifiedEvent[]): ClassifiedEvent[] {
  if (b.length === 0) return a;
  const out: ClassifiedEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.event.seq < b[j]!.event.seq ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
