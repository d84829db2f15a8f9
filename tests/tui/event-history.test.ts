import { describe, it, expect } from 'vitest';
import { EventLog } from '../../src/debug/events.ts';
import { EventHistory, EVENT_FILTERS } from '../../src/tui/views/event-filter.ts';

const filter = (name: string) => EVENT_FILTERS.find((f) => f.name === name)!;

function fed(history: EventHistory) {
  const log = new EventLog({ clock: () => 0, irqName: (v) => (v === 0x20 ? 'IRQ 0 (timer)' : null) });
  log.subscribe((e) => history.add(e));
  return log;
}

describe('event history and context switches', () => {
  it('keeps switches in their own capped list so they cannot push a kill out', () => {
    const history = new EventHistory(10, 5, 5);
    const log = fed(history);
    log.recordTraceLine('RS kill pid=3 name=spin reason="interrupted" status=130');
    for (let i = 0; i < 50; i++) log.recordTraceLine(`RS switch from=${(i % 2) + 1} to=${((i + 1) % 2) + 1} esp0=0x1000 cr3=0x2000`);
    log.recordTraceLine('RS fork pid=1 child=4');
    const shown = history.list(filter('default'));
    expect(shown[0]!.event.kind).toBe('kill');
    expect(shown.at(-1)!.event.kind).toBe('fork');
    const switches = shown.filter((c) => c.category === 'switch');
    expect(switches.length).toBeGreaterThanOrEqual(5);
    expect(switches.length).toBeLessThanOrEqual(7);
    // Oldest first, the switches merged in between by sequence.
    const seqs = shown.map((c) => c.event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('leaves switches out when hidden or when the filter does not take them', () => {
    const history = new EventHistory();
    const log = fed(history);
    log.recordTraceLine('RS block pid=1 on=wait');
    log.recordTraceLine('RS switch from=1 to=2 esp0=0x1000 cr3=0x2000');
    log.hooks().onInterrupt!(0x20, -1, 0x101000, 0, 0, false);
    log.recordTraceLine('RS wake pid=1');
    const kinds = (name: string, sw = true) => history.list(filter(name), sw).map((c) => c.event.kind);
    expect(kinds('default')).toEqual(['block', 'switch', 'wake']);
    expect(kinds('default', false)).toEqual(['block', 'wake']);
    expect(kinds('processes')).toEqual(['block', 'switch', 'wake']);
    expect(kinds('syscalls')).toEqual([]);
    expect(kinds('all')).toEqual(['block', 'switch', 'interrupt', 'wake']);
  });
});
