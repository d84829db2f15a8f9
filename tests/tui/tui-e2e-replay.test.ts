// Replays scripts/tui-e2e's tmux sessions (tests/tui/fixtures/tui-e2e-*.txt)
// on the in-process fake terminal: the same keys, then the same status line
// and the same locals, watch and backtrace panels as the real terminal showed.
import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { startTui, closeTui, press, runFramesUntil, statusLine, atPrompt, panel } from './tui-helpers.ts';
import { C_PANELS } from '../../src/tui/layout.ts';

vi.setConfig({ testTimeout: 120_000 });

interface Step {
  keys: string[];
  wait: string;
  screen: string[];
}

function readTranscript(file: string): Step[] {
  const steps: Step[] = [];
  for (const chunk of readFileSync(file, 'utf8').split(/^=== step \d+\n/m).slice(1)) {
    const lines = chunk.replace(/\n$/, '').split('\n');
    const keys = lines[0]!.replace(/^keys: ?/, '').split(' ').filter(Boolean);
    steps.push({ keys, wait: lines[1]!.replace(/^wait: /, ''), screen: lines.slice(2) });
  }
  return steps;
}

/** A key word of the transcript as terminal input: Tab, Enter, Space, or text (~ for a space). */
function input(word: string): string {
  return word === 'Tab' ? '\t' : word === 'Enter' ? '\r' : word === 'Space' ? ' ' : word.replaceAll('~', ' ');
}

describe.each([[80, 24], [120, 40]])('the tmux session at %ix%i, replayed', (cols, rows) => {
  const steps = readTranscript(`tests/tui/fixtures/tui-e2e-${cols}x${rows}.txt`);

  it('shows the same C panels and status lines at every step', async () => {
    expect(steps.length).toBeGreaterThanOrEqual(14);
    const h = startTui({ cols, rows, files: ['tests/debug/programs/frames.c'] });
    try {
      let compared = 0;
      for (const [n, step] of steps.entries()) {
        for (const w of step.keys) await press(h, input(w));
        const recordedStatus = step.screen[rows - 1] ?? '';
        const paused = recordedStatus.startsWith('PAUSE');
        if (n === 0) runFramesUntil(h, () => atPrompt(h));
        else runFramesUntil(h, () => (!paused || !h.app.control.running) && statusLine(h).includes(step.wait), 2000);
        h.app.render();
        const what = `step ${n + 1} (${step.keys.join(' ')})`;
        if (!recordedStatus.startsWith('RUN')) expect(statusLine(h).trimEnd(), what).toBe(recordedStatus.trimEnd());
        for (const id of C_PANELS) {
          const r = h.app.layout.panels[id];
          if (!r || h.app.control.running) continue;
          const recorded = step.screen.slice(r.top + 1, r.top + r.height - 1).map((l) => [...l].slice(r.left + 1, r.left + r.width - 1).join('').trimEnd());
          expect(panel(h, id).map((l) => l.trimEnd()), `${what}: ${id}`).toEqual(recorded);
          compared++;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(cols >= 120 ? 14 : 6);
    } finally {
      closeTui(h);
    }
  });
});
