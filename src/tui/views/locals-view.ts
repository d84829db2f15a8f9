// The locals panel: the selected frame's function, where it is, and its
// parameters and locals with their values (typed: ints, chars, pointers in
// hex, structs as {a = 1, b = 2}, arrays' first elements).
import { formatValue } from '../../debug/c-expr.ts';
import { clip, color, esc } from '../format.ts';
import { cContext, RUNNING_NOTE } from './c-context.ts';
import type { RenderView, ViewModel } from './view-model.ts';

export const renderLocals: RenderView = (model, width) => {
  if (model.control.running) return [color('gray-fg', esc(clip(RUNNING_NOTE, width)))];
  const { selected: f, scope } = cContext(model);
  const line = (text: string) => esc(clip(text, width));
  if (!f) return [line('no frame here')];
  const where = f.file && f.line !== null ? ` at ${basename(f.file)}:${f.line}` : '';
  const head = color('bold', line(`#${f.level} ${f.name}${where}`));
  if (!f.fn) return [head, color('gray-fg', line(noLocalsReason(model, f.pc)))];
  const out = [head];
  if (f.fn.vars.length === 0) out.push(color('gray-fg', line('(no parameters or locals)')));
  for (const v of f.fn.vars) {
    if (v.fbreg === null && v.addr === null) continue;
    const value = formatValue({ type: v.type, addr: v.fbreg !== null ? (f.frameBase + v.fbreg) >>> 0 : v.addr, num: 0n }, scope);
    const text = line(`${v.name} = ${value}`);
    out.push(value.startsWith('<') ? color('red-fg', text) : text);
  }
  return out;
};

/** Why a frame shows no variables: assembly, or a program without DWARF (and why). */
function noLocalsReason(model: ViewModel, pc: number): string {
  const debug = model.session.debug;
  const prog = pc >>> 0 >= 0x40000000 ? debug.currentProgram : null;
  const problem = prog ? debug.problems.get(prog) : undefined;
  if (problem) return problem;
  return 'no C function here (assembly, or no DWARF)';
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
