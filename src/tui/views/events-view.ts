// The event log: ring transitions with direction and vector, syscalls with
// arguments and the pointer-check verdict, faults with the decoded error code
// and CR2, kills, CR3 loads, process events and context switches, optionally
// IRQs; filtered by the `f` key, context switches hidden with `w`.
import { INSTRUCTIONS_PER_SECOND } from '../../machine/pit.ts';
import { vectorMnemonic } from '../inspect/vector-mnemonics.ts';
import { clip, color, esc, hex } from '../format.ts';
import type { TuiSession } from '../session.ts';
import type { ClassifiedEvent } from './event-filter.ts';
import type { RenderView } from './view-model.ts';

/** One event as plain text (no tags) and the colour to show it in. */
export function describeEvent(c: ClassifiedEvent, session: TuiSession): { text: string; color: string | null } {
  const e = c.event;
  switch (e.kind) {
    case 'ring': {
      const arrow = `ring ${e.fromCpl}->${e.toCpl}`;
      if (e.direction === 'inward') {
        const via = c.cause ? (c.cause.source === 'exception' ? `${vectorMnemonic(c.cause.vector)} ${c.cause.name}` : c.cause.vector === 0x80 ? 'int 0x80 (syscall)' : c.cause.name) : 'interrupt';
        return { text: `${arrow} in  via ${via} from eip=${hex(e.eip)}`, color: 'red-fg' };
      }
      return { text: `${arrow} out via iret to eip=${hex(e.eip)}`, color: 'green-fg' };
    }
    case 'interrupt':
      if (e.source === 'exception') {
        const cr2 = e.vector === 14 ? ` cr2=${hex(session.faultAddresses.get(e.seq) ?? 0)}` : '';
        const err = e.errorCode >= 0 ? ` err=0x${e.errorCode.toString(16)}${e.errorText ? ` (${e.errorText})` : ''}` : '';
        return { text: `FAULT ${vectorMnemonic(e.vector)} ${e.name}${err}${cr2} eip=${hex(e.eip)} ring ${e.fromCpl}`, color: 'magenta-fg' };
      }
      return { text: e.summary, color: e.source === 'irq' ? 'gray-fg' : null };
    case 'syscall': {
      const args = e.args.map((a) => `0x${a.toString(16)}`).join(', ');
      const bad = e.checks.filter((k) => !k.ok).map((k) => ` bad ${k.write ? 'write' : 'read'} ${hex(k.addr)}+${k.len}`).join('');
      return { text: `syscall ${e.name}(${args}) ptr ${e.verdict === 'bad' ? 'BAD' : e.verdict}${bad}`, color: e.verdict === 'bad' ? 'red-fg' : 'yellow-fg' };
    }
    case 'kill':
      return { text: `KILL ${e.name} (pid ${e.pid}): ${e.reason}${e.cr2 !== null ? ` cr2=${hex(e.cr2)}` : ''}${e.eip !== null ? ` eip=${hex(e.eip)}` : ''} status ${e.status}`, color: 'red-fg' };
    case 'panic':
      return { text: e.summary, color: 'red-fg' };
    case 'cr3':
      return { text: `CR3 <- ${hex(e.value)}`, color: 'cyan-fg' };
    case 'run':
    case 'exit':
    case 'fork':
    case 'reap':
    case 'reparent':
      return { text: e.summary, color: 'white-fg' };
    case 'switch':
      return { text: e.summary, color: 'cyan-fg' };
    case 'signal':
      return { text: e.summary, color: 'yellow-fg' };
    default:
      return { text: e.summary, color: null };
  }
}

export const renderEvents: RenderView = (model, width, height) => {
  const { session, eventFilter } = model;
  const shown = session.history.list(eventFilter, model.showSwitches);
  const end = Math.max(0, shown.length - model.eventScroll);
  const page = shown.slice(Math.max(0, end - height), end);
  return page.map((c) => {
    const t = (c.event.time / INSTRUCTIONS_PER_SECOND).toFixed(4).padStart(9);
    const d = describeEvent(c, session);
    const text = esc(clip(`${t} ${d.text}`, width));
    return d.color ? color(d.color, text) : text;
  });
};
