// The watch panel: the user's expressions (`w` adds, `W` removes), each
// evaluated in the selected frame at every stop, errors on their own line;
// then the hardware watchpoints in DR0-DR3 (`h`).
import { evaluateToString } from '../../debug/c-expr.ts';
import { clip, color, esc, hex } from '../format.ts';
import { cContext, RUNNING_NOTE } from './c-context.ts';
import type { RenderView } from './view-model.ts';

export const renderWatch: RenderView = (model, width) => {
  const out: string[] = [];
  const line = (text: string) => esc(clip(text, width));
  const watches = model.watches;
  if (model.control.running) out.push(color('gray-fg', line(RUNNING_NOTE)));
  else if (watches.length === 0) out.push(color('gray-fg', line('no watch expressions: w adds one')));
  else {
    const { scope } = cContext(model);
    watches.forEach((expr, i) => {
      const value = evaluateToString(expr, scope);
      const text = line(`${i + 1}: ${expr} = ${value}`);
      out.push(value.startsWith('<') ? color('red-fg', text) : text);
    });
  }
  model.control.watchpoints.forEach((w, i) => {
    if (w) out.push(color('magenta-fg', line(`DR${i}: write ${w.expr} (0x${hex(w.addr)}, ${w.len} byte${w.len === 1 ? '' : 's'}) = ${w.shown}`)));
  });
  return out;
};
