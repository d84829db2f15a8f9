// Summarises a V8 CPU profile (from `node --cpu-prof`): the functions with the
// most self time, as a share of the sampled time.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx src/cli.ts bench --only compute
//   npx tsx bench/profile-summary.ts /tmp/prof/*.cpuprofile [top]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export class ProfileError extends Error {
  override name = 'ProfileError';
}

export interface SelfTime {
  name: string;
  where: string;
  /** Share of all samples, 0..1. */
  share: number;
  milliseconds: number;
}

/** Self time per function (by name and place), largest first. */
export function selfTimes(profile: Profile): SelfTime[] {
  if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas)) {
    throw new ProfileError('not a V8 CPU profile (expected nodes, samples and timeDeltas)');
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const micros = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const dt = profile.timeDeltas![i] ?? 0;
    total += dt;
    const f = node.callFrame;
    const file = f.url ? relative(process.cwd(), f.url.replace(/^file:\/\//, '')) : '';
    const where = file ? `${file}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName}@${where}`;
    const entry = micros.get(key) ?? { name: f.functionName || '(anonymous)', where, us: 0 };
    entry.us += dt;
    micros.set(key, entry);
  });
  return [...micros.values()]
    .sort((a, b) => b.us - a.us)
    .map((e) => ({ name: e.name, where: e.where, share: total > 0 ? e.us / total : 0, milliseconds: e.us / 1000 }));
}

function isMain(): boolean {
  return process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'));
}

if (isMain()) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 25);
  if (!file || !Number.isInteger(top) || top < 1) {
    console.error('usage: profile-summary.ts FILE.cpuprofile [top]');
    process.exit(2);
  }
  let profile: Profile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  for (const t of selfTimes(profile).slice(0, top)) {
    console.log(`${(t.share * 100).toFixed(1).padStart(5)}%  ${t.milliseconds.toFixed(0).padStart(7)} ms  ${t.name}  ${t.where}`);
  }
}
