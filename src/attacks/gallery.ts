// The attack gallery: every bundled program in kernel/user/attacks/, plus the
// programs in kernel/user/ whose header says the kernel must kill them (kwrite,
// kread, cli, badptr, stack, divzero, ud, fpu, spin, ...).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle, PROJECT_ROOT, type Bundle, type BundleOptions } from '../build/bundle.ts';
import { ExpectationError, parseExpectation, parseTimeLimit, type Expectation } from './expectation.ts';

export interface GalleryAttack {
  name: string;
  /** The source file, relative to the project root. */
  source: string;
  expectation: Expectation;
  /** Its own time limit in seconds (header line `limit: N`), or null for the gallery's default. */
  limitSeconds: number | null;
}

export interface Gallery {
  bundle: Bundle;
  attacks: GalleryAttack[];
}

export class GalleryError extends Error {
  override name = 'GalleryError';
}

const ATTACK_DIR = 'kernel/user/attacks/';

/** Builds the bundle and picks the gallery out of it, sorted by name. */
export function loadGallery(opts: BundleOptions = {}): Gallery {
  const bundle = buildBundle(opts);
  const root = opts.root ?? PROJECT_ROOT;
  const broken = bundle.failures.filter((f) => f.source.startsWith(ATTACK_DIR));
  if (broken.length) {
    throw new GalleryError(`gallery programs do not build: ${broken.map((f) => `${f.source}: ${f.diagnostics.join(' ')}`).join('; ')}`);
  }
  const attacks: GalleryAttack[] = [];
  for (const p of bundle.programs) {
    const text = readFileSync(join(root, p.source), 'utf8');
    const inGallery = p.source.startsWith(ATTACK_DIR);
    let expectation: Expectation;
    try {
      expectation = parseExpectation(text, p.source);
    } catch (e) {
      // Demo programs outside attacks/ with a prose header (hello, args...) are simply not attacks.
      if (!inGallery && e instanceof ExpectationError) continue;
      throw e;
    }
    if (!inGallery && expectation.kind !== 'killed') continue;
    attacks.push({ name: p.name, source: p.source, expectation, limitSeconds: parseTimeLimit(text, p.source) });
  }
  return { bundle, attacks };
}

/** The attacks named in `only` (all of them if it is empty); unknown names are an error. */
export function selectAttacks(attacks: GalleryAttack[], only: string[]): GalleryAttack[] {
  if (only.length === 0) return attacks;
  const known = new Map(attacks.map((a) => [a.name, a]));
  const missing = only.filter((n) => !known.has(n));
  if (missing.length) {
    throw new GalleryError(`no such attack: ${missing.join(', ')} (the gallery has: ${attacks.map((a) => a.name).join(' ')})`);
  }
  return only.map((n) => known.get(n)!);
}
