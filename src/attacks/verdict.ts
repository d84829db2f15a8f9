// Judges one attack run against its expectation. Any forbidden effect makes
// it ESCAPED; otherwise it is contained if it ended as expected, and
// unexpected if it ended some other harmless way (e.g. another kill reason).
import { formatExpectation, type Expectation } from './expectation.ts';
import type { AttackEnd } from './batch.ts';
import type { AttackRun } from './run-attack.ts';

export type Verdict = 'contained' | 'ESCAPED' | 'unexpected';

export interface AttackReport {
  name: string;
  expected: string;
  observed: string;
  verdict: Verdict;
  /** The forbidden effects observed (empty when contained). */
  effects: string[];
}

export function formatEnd(end: AttackEnd): string {
  switch (end.kind) {
    case 'killed': return `killed: ${end.reason} (${end.status})`;
    case 'exited': return end.status === 0 ? 'exited 0' : `ran to completion (status ${end.status})`;
    case 'panic': return `kernel panic: ${end.reason}`;
    case 'none': return end.why;
  }
}

/** The forbidden effects of a run: what a contained attack never shows. */
export function forbiddenEffects(run: AttackRun): string[] {
  const effects: string[] = [];
  // Register changes read "NAME changed from A to B"; memory ones "REGION changed at ADDR".
  const cpuState = run.kernelChanges.filter((c) => c.includes(' changed from '));
  const memory = run.kernelChanges.filter((c) => !c.includes(' changed from '));
  if (memory.length) effects.push(`kernel memory changed (${memory[0]})`);
  if (cpuState.length) effects.push(`kernel CPU state changed (${cpuState[0]})`);
  if (run.leakedBytes !== null) effects.push(`kernel bytes printed (${run.leakedBytes})`);
  if (run.end.kind === 'panic') effects.push(`kernel panic (${run.end.reason})`);
  if (run.end.kind === 'none') effects.push(run.end.why);
  // Gallery programs return nonzero only when the forbidden step went through.
  if (run.end.kind === 'exited' && run.end.status !== 0) effects.push(`attack ran to completion (status ${run.end.status})`);
  if (!run.shellAlive) effects.push('shell dead');
  if (run.freePagesBefore !== null && run.freePagesAfter !== null && run.freePagesBefore !== run.freePagesAfter) {
    effects.push(`pages leaked (${run.freePagesBefore} free before, ${run.freePagesAfter} after)`);
  }
  return effects;
}

export function judge(expectation: Expectation, run: AttackRun): AttackReport {
  const effects = forbiddenEffects(run);
  const verdict: Verdict = effects.length ? 'ESCAPED' : endMatches(expectation, run.end) ? 'contained' : 'unexpected';
  return { name: run.name, expected: formatExpectation(expectation), observed: formatEnd(run.end), verdict, effects };
}

function endMatches(e: Expectation, end: AttackEnd): boolean {
  if (e.kind === 'killed') return end.kind === 'killed' && end.reason === e.reason && end.status === e.status;
  return end.kind === 'exited' && end.status === 0;
}
