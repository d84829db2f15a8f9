// The campaign summary as text: totals, throughput, outcomes per input kind.
import type { CampaignReport } from './campaign.ts';
import { isFailure, OUTCOMES } from './outcome.ts';

export function formatReport(r: CampaignReport): string {
  const rate = r.seconds > 0 ? r.cases / r.seconds : 0;
  const failures = OUTCOMES.filter(isFailure).reduce((n, o) => n + r.outcomes[o], 0);
  const lines = [
    `seed ${r.seed}, cases ${r.first}..: ${r.cases} run in ${r.seconds.toFixed(1)} s (${rate.toFixed(1)} cases/s), ${failures} failure${failures === 1 ? '' : 's'}${r.stopped ? ' (stopped early)' : ''}`,
    `${'outcome'.padEnd(15)}${'c'.padStart(9)}${'asm'.padStart(9)}${'elf'.padStart(9)}${'total'.padStart(9)}`,
  ];
  for (const o of OUTCOMES) {
    if (r.outcomes[o] === 0 && isFailure(o)) continue;
    lines.push(`${o.padEnd(15)}${[r.byKind.c[o], r.byKind.asm[o], r.byKind.elf[o], r.outcomes[o]].map((n) => String(n).padStart(9)).join('')}`);
  }
  if (r.flaky > 0) lines.push(`${r.flaky} case(s) overran a budget once and passed when retried in a fresh worker`);
  lines.push(`largest memory growth in one case: c ${r.peakMb.c} MB, asm ${r.peakMb.asm} MB, elf ${r.peakMb.elf} MB`);
  lines.push(`slowest: ${r.slowest.map((s) => `#${s.index} ${s.kind} ${s.ms} ms`).join(', ')}`);
  for (const f of r.failures.slice(0, 20)) {
    lines.push(`FAIL #${f.index} ${f.kind}/${f.origin} ${f.outcome}: ${f.stderr.split('\n')[0]?.slice(0, 160) ?? ''}${f.savedAs ? ` (saved in ${f.savedAs})` : ''}`);
  }
  if (r.failures.length > 20) lines.push(`... and ${r.failures.length - 20} more failures`);
  return lines.join('\n') + '\n';
}
