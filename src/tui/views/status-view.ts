// The bottom line: run state and why it stopped first (it matters most), then
// as much as fits of focus, speed, rate, filter and breakpoint count.
import { clip, color, esc } from '../format.ts';
import type { ViewModel } from './view-model.ts';

export interface StatusExtras {
  focus: 'console' | 'debugger';
  /** Text being typed at a prompt, or null. */
  prompt: string | null;
  /** What the prompt asks for. */
  promptLabel: string;
  fps: number;
  mips: number;
}

export function renderStatus(model: ViewModel, extras: StatusExtras, width: number): string {
  if (extras.prompt !== null) return esc(clip(`${extras.promptLabel}: ${extras.prompt}_`, width));
  const c = model.control;
  const stateWord = c.running ? 'RUN' : 'PAUSE';
  const state = c.running ? color('green-fg', stateWord) : color('yellow-fg', stateWord);
  const msg = clip(c.message, Math.max(0, width - stateWord.length - 1));
  let used = stateWord.length + 1 + msg.length;
  const parts = [
    extras.focus === 'console' ? '[console]' : '[debugger]',
    c.breakOnFault || c.breakOnRing ? `stop on ${[c.breakOnFault ? 'fault' : '', c.breakOnRing ? 'ring' : ''].filter(Boolean).join('+')}` : '',
    `speed ${c.speed === Infinity ? 'max' : `${c.speed}/s`}`,
    c.running ? `${extras.mips.toFixed(1)}MIPS ${extras.fps.toFixed(0)}fps` : '',
    `filter ${model.eventFilter.name}${model.showSwitches ? '' : ' -sw'}`,
    `bp ${c.breakpoints.size}`,
    c.watchpoints.count ? `wp ${c.watchpoints.count}` : '',
    '?=help',
  ].filter(Boolean);
  let tail = '';
  for (const p of parts) {
    if (used + 2 + p.length > width) break;
    tail += `  ${p}`;
    used += 2 + p.length;
  }
  return `${state} ${esc(msg)}${esc(tail)}`;
}
