// What the C panels (locals, watch, backtrace) share at a stop: the
// backtrace, the selected frame and the scope expressions are evaluated in.
// Computed once per stop and frame selection, not once per panel.
import { backtrace, targetFromCpu, type CodeFrame, type Frame } from '../../debug/unwind.ts';
import type { ExprScope } from '../../debug/c-expr.ts';
import type { ViewModel } from './view-model.ts';

export interface CContext {
  frames: Frame[];
  /** The selected code frame (frame 0 unless `u`/`d` moved), or null when there is none. */
  selected: CodeFrame | null;
  scope: ExprScope;
}

// One entry per UI (its view model): the key says what the stop was.
const cache = new WeakMap<ViewModel, { key: string; ctx: CContext }>();

/** The code frames only (what `u` and `d` move through). */
export function codeFrames(frames: Frame[]): CodeFrame[] {
  return frames.filter((f): f is CodeFrame => f.kind === 'code');
}

export function cContext(model: ViewModel): CContext {
  const s = model.session;
  const cpu = s.machine.cpu;
  const key = `${s.boots}:${cpu.instructionCount}:${cpu.deliveryCount}:${cpu.eip}:${cpu.cr3}:${model.frameIndex}:${s.debug.currentProgram}`;
  const hit = cache.get(model);
  if (hit?.key === key) return hit.ctx;
  const target = targetFromCpu(cpu);
  const frames = backtrace(target, s.debug);
  const code = codeFrames(frames);
  const selected = code[Math.min(model.frameIndex, code.length - 1)] ?? null;
  const images = selected?.info ? [selected.info, ...s.debug.images().filter((i) => i !== selected.info)] : s.debug.images();
  const ctx = { frames, selected, scope: { target, frame: selected, images } };
  cache.set(model, { key, ctx });
  return ctx;
}

/** The line a C panel shows while the guest runs (values are read at stops). */
export const RUNNING_NOTE = 'running: shown when the guest stops';
