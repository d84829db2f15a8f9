// The bottom line: run state and why it stopped, focus, speed, filter, breakpoints.
import { clip, color, esc } from '../format.ts';
import type { ViewModel } from './view-model.ts';

export interface StatusExtras {
  focus: 'console' | 'debugger';
  /** Text being typed at the breakpoint prompt, or null. */
  prompt: string | null;
  fps: number;
  mips: number;
}

export function renderStatus(model: ViewModel, extras: StatusExtras, width: number): string {
  if (extras.prompt !== null) return esc(clip(`break at (address or symbol, empty = EIP): ${extras.prompt}_`, width));
  const c = model.control;
  const state = c.running ? color('green-fg', 'RUN') : color('yellow-fg', 'PAUSE');
  const focus = extras.focus === 'console' ? '[console]' : '[debugger]';
  const speed = c.speed === Infinity ? 'max' : `${c.speed}/s`;
  const rate = c.running ? ` ${extras.mips.toFixed(1)}MIPS ${extras.fps.toFixed(0)}fps` : '';
  const tail = `${focus} speed ${speed}${rate} filter ${model.eventFilter.name} bp ${c.breakpoints.size} ?=help`;
  const msg = clip(c.message, Math.max(0, width - tail.length - 8));
  return `${state} ${esc(msg)}  ${esc(tail)}`;
}
