// One fuzz case: which command, which input. Case `index` of a campaign is a pure
// function of (seeds, campaign seed, index), so any case can be re-run alone.
import { hostileAsm, hostileC, type HostileInput } from './hostile.ts';
import { mutateElf } from './mutate-elf.ts';
import { ASM_WORDS, C_WORDS, mutateText, stressText } from './mutate-text.ts';
import { caseSeed, Rng } from './rng.ts';
import type { Seeds } from './seeds.ts';

export type CaseKind = 'c' | 'asm' | 'elf';

export interface FuzzCase {
  index: number;
  kind: CaseKind;
  /** How the input was made: mutate, stress or hostile. */
  origin: string;
  /** The input file's name; `{in}` in argv. */
  name: string;
  data: string | Uint8Array;
  /** Other files next to the input (headers of an include bomb). */
  extra: Record<string, string>;
  /** CLI arguments; `{in}`, `{out}` and `{dir}` are filled in by the worker. */
  argv: string[];
}

/** The longest repetition a stress edit makes. */
const MAX_REPEAT = 100_000;

function textCase(rng: Rng, seeds: string[], words: readonly string[], hostile: (r: Rng) => HostileInput): { origin: string; input: HostileInput } {
  const r = rng.next();
  if (r < 0.1) return { origin: 'hostile', input: hostile(rng) };
  const mutated = mutateText(rng.pick(seeds), words, rng);
  if (r < 0.3) return { origin: 'stress', input: { text: stressText(mutated, words, rng, MAX_REPEAT), extra: {} } };
  return { origin: 'mutate', input: { text: mutated, extra: {} } };
}

function ccArgv(rng: Rng): string[] {
  const r = rng.next();
  const include = rng.chance(0.2) ? (rng.chance(0.5) ? ['-I', '{dir}'] : ['-I{dir}']) : [];
  if (r < 0.55) return ['cc', ...include, '{in}', '-S', '-o', '{out}'];
  if (r < 0.7) return ['cc', '{in}', ...include, '-E', '-o', '{out}'];
  return ['cc', ...include, '{in}', '-o', '{out}'];
}

export function makeCase(seeds: Seeds, seed: number, index: number): FuzzCase {
  const rng = new Rng(caseSeed(seed, index));
  const r = rng.next();
  if (r < 0.45) {
    const { origin, input } = textCase(rng, seeds.c, C_WORDS, hostileC);
    return { index, kind: 'c', origin, name: 'input.c', data: input.text, extra: input.extra, argv: ccArgv(rng) };
  }
  if (r < 0.75) {
    const { origin, input } = textCase(rng, seeds.asm, ASM_WORDS, hostileAsm);
    return { index, kind: 'asm', origin, name: 'input.s', data: input.text, extra: input.extra, argv: ['asm', '{in}', '-o', '{out}'] };
  }
  const elf = mutateElf(rng.pick(seeds.elf), rng);
  return { index, kind: 'elf', origin: 'mutate', name: 'input.elf', data: elf, extra: {}, argv: ['disasm', '{in}'] };
}
