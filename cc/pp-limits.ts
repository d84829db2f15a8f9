// Bounds on the preprocessor's work, so that an include or macro bomb (a typo or a
// hostile file) stops with a diagnostic in well under a second instead of running
// for minutes and gigabytes. Real programs stay far below every one of them.
import type { SrcPos } from './diagnostics.ts';

/** Files open at once (#include inside #include ...). */
export const MAX_INCLUDE_DEPTH = 64;
/** #include directives that actually read a file, per translation unit (guarded re-inclusions are free). */
export const MAX_INCLUSIONS = 2000;
/** Source bytes brought in by #include, per translation unit (a file included twice counts twice). */
export const MAX_INCLUDED_BYTES = 8 * 1024 * 1024;
/** Tokens produced by macro expansion, per translation unit. */
export const MAX_EXPANDED_TOKENS = 1_000_000;
/** Tokens the preprocessor hands to the parser. */
export const MAX_OUTPUT_TOKENS = 1_000_000;
/** Macro arguments expanded inside macro arguments. */
export const MAX_ARG_NESTING = 100;

/** `a.c:3 -> b.h:1 -> c.h:7`, the middle elided when the chain is long. */
export function describeIncludeChain(chain: SrcPos[]): string {
  const at = (p: SrcPos) => `${p.file.name}:${p.line}`;
  if (chain.length <= 8) return chain.map(at).join(' -> ');
  const head = chain.slice(0, 3).map(at), tail = chain.slice(-4).map(at);
  return [...head, `... (${chain.length - 7} more)`, ...tail].join(' -> ');
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}
