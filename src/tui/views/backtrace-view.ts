// The backtrace panel: user frames, the kernel's trap frame and kernel
// frames, innermost first; the selected frame (u / d) marked with `>`.
import { describeFrame, vectorName, type Frame } from '../../debug/unwind.ts';
import { clip, color, esc } from '../format.ts';
import { cContext, RUNNING_NOTE } from './c-context.ts';
import type { RenderView } from './view-model.ts';

export const renderBacktrace: RenderView = (model, width, height) => {
  if (model.control.running) return [color('gray-fg', esc(clip(RUNNING_NOTE, width)))];
  const { frames, selected } = cContext(model);
  const lines = frames.map((f) => {
    const mark = f === selected ? '>' : ' ';
    const text = esc(clip(`${mark}${width >= 56 ? shorten(describeFrame(f)) : narrow(f)}`, width));
    if (f === selected) return `{black-fg}{cyan-bg}${text}{/cyan-bg}{/black-fg}`;
    return f.kind === 'trap' ? color('yellow-fg', text) : f.pc >= 0x40000000 ? color('green-fg', text) : text;
  });
  // Keep the selected frame on screen.
  const at = frames.findIndex((f) => f === selected);
  const first = at < height ? 0 : at - height + 1;
  return lines.slice(first, first + height);
};

/** Paths as file names: the panel is narrow. */
function shorten(text: string): string {
  return text.replace(/ at (?:[^ ]*\/)?([^/ ]+:\d+)$/, ' at $1');
}

/** A frame in few columns: "#2 depth1 frames.c:44", "--- int 0x80 (syscall) from ring 3". */
function narrow(f: Frame): string {
  if (f.kind === 'trap') return `--- ${f.address ? vectorName(f.vector) : 'trap entry'} from ring ${f.fromRing}`;
  const file = f.file ? f.file.slice(f.file.lastIndexOf('/') + 1) : null;
  return `#${f.level} ${f.name}${file && f.line !== null ? ` ${file}:${f.line}` : ` 0x${f.pc.toString(16)}`}`;
}
