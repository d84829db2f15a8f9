// The include-guard idiom: a file whose tokens all lie inside one
// `#ifndef NAME ... #endif` (with no #else or #elif of that outer conditional).
// Including such a file again while NAME is defined yields nothing, so the
// preprocessor skips it without reading or tokenizing it again, as gcc does.
import type { Token } from './lexer.ts';

/** The guard macro of a file's tokens (without the eof token), or undefined. */
export function includeGuardOf(toks: Token[]): string | undefined {
  if (!isDirective(toks, 0, 'ifndef')) return undefined;
  const guard = toks[2];
  if (guard?.kind !== 'ident' || guard.bol || (toks[3] && !toks[3].bol)) return undefined;
  let depth = 1;
  for (let k = 3; k < toks.length; k++) {
    if (!toks[k]!.bol || !isDirective(toks, k)) continue;
    const name = toks[k + 1]!.text;
    if (name === 'if' || name === 'ifdef' || name === 'ifndef') depth++;
    else if ((name === 'else' || name === 'elif') && depth === 1) return undefined;
    else if (name === 'endif' && --depth === 0) {
      // Only the rest of the #endif line may follow.
      for (let j = k + 2; j < toks.length; j++) if (toks[j]!.bol) return undefined;
      return guard.text;
    }
  }
  return undefined;
}

/** `#` at the start of a line followed by a directive name (optionally `want`). */
function isDirective(toks: Token[], k: number, want?: string): boolean {
  const hash = toks[k], name = toks[k + 1];
  return !!hash && hash.bol && hash.kind === 'punct' && hash.text === '#'
    && !!name && !name.bol && name.kind === 'ident' && (want === undefined || name.text === want);
}
