// The guest console: the last screenful of COM1 output, with the cursor shown
// where the guest's next character will go.
import { esc } from '../format.ts';
import type { RenderView } from './view-model.ts';

export const renderConsole: RenderView = (model, width, height) => {
  const term = model.session.terminal;
  const rows = term.tail(width, height);
  if (rows.length === 0 || width <= 0) return rows;
  // The last line wraps into ceil(len / width) rows; the cursor is on the last screen row
  // when its column falls in that row's span (a column at the right edge is not drawn).
  const { col, lineLength } = term.cursor();
  const lastRowStart = Math.max(0, Math.ceil(Math.max(1, lineLength) / width) - 1) * width;
  const at = col - lastRowStart;
  const out = rows.map((r) => esc(r));
  if (at >= 0 && at < width) {
    const last = rows[rows.length - 1]!.padEnd(at + 1);
    out[out.length - 1] = `${esc(last.slice(0, at))}{inverse}${esc(last[at]!)}{/inverse}${esc(last.slice(at + 1))}`;
  }
  return out;
};
