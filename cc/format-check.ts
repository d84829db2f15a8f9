// -Wformat: the arguments of printf- and scanf-like calls against their
// format string, as gcc checks them (gcc knows these functions from their
// `format` attributes; cc knows them by name). Only a literal format is checked.
import type { Expr } from './ast.ts';
import type { Diagnostics } from './diagnostics.ts';
import { CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LLONG, LONG, SHORT, UCHAR, UINT, ULLONG, ULONG, USHORT, VOID, pointerTo, typeName, unqual, type Type } from './types.ts';

const PRINTF_LIKE = new Set(['printf', 'sprintf', 'snprintf', 'fprintf', 'dprintf', 'kprintf', 'printk']);
const SCANF_LIKE = new Set(['scanf', 'sscanf', 'fscanf']);

type Want = { type: Type; any?: 'ptr' | 'charptr' };

/** Check a call of `name` whose format is argument `fmtIndex` (0-based) of `args` (after conversion). */
export function checkFormat(diags: Diagnostics, name: string, args: Expr[], fmtIndex: number): void {
  const scan = SCANF_LIKE.has(name);
  if (!scan && !PRINTF_LIKE.has(name)) return;
  if (!diags.wants('format') && !diags.wants('format-extra-args')) return;
  const fmtArg = args[fmtIndex];
  if (!fmtArg) return;
  const lit = fmtArg.k === 'str' ? fmtArg : fmtArg.k === 'addr' && fmtArg.e.k === 'str' ? fmtArg.e : fmtArg.k === 'cast' && fmtArg.e.k === 'addr' && fmtArg.e.e.k === 'str' ? fmtArg.e.e : undefined;
  if (!lit || lit.k !== 'str') return;
  const fmt = String.fromCharCode(...lit.bytes.slice(0, -1));
  const pos = fmtArg.pos;
  let next = fmtIndex + 1;
  /** `what` is how gcc names the thing: "format '%d'", "field width specifier '*'". */
  const take = (what: string, want: Want): void => {
    const a = args[next];
    if (!a) { diags.warn(pos, 'format', `${what} expects a matching '${typeName(want.type)}' argument`); next++; return; }
    if (!matches(a.type, want)) diags.warn(pos, 'format', `${what} expects argument of type '${typeName(want.type)}', but argument ${next + 1} has type '${typeName(a.type)}'`);
    next++;
  };
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== '%') continue;
    const start = i++;
    if (fmt[i] === '%') continue;
    let suppress = false;
    if (scan && fmt[i] === '*') { suppress = true; i++; }
    if (!scan) while ('-+ #0'.includes(fmt[i] ?? 'x') && i < fmt.length) i++;
    const star = (what: string): void => { if (fmt[i] === '*') { i++; take(what, { type: INT }); } else while (/[0-9]/.test(fmt[i] ?? '')) i++; };
    if (!scan) star("field width specifier '*'"); else while (/[0-9]/.test(fmt[i] ?? '')) i++;
    if (!scan && fmt[i] === '.') { i++; star("field precision specifier '.*'"); }
    let len = '';
    for (const l of ['hh', 'll', 'h', 'l', 'z', 'j', 't', 'L']) if (fmt.startsWith(l, i)) { len = l; i += l.length; break; }
    const c = fmt[i];
    if (c === undefined) { diags.warn(pos, 'format', i > start + 1 ? 'conversion lacks type at end of format' : "spurious trailing '%' in format"); break; }
    const spec = fmt.slice(start, i + 1);
    const want = wanted(c, len, scan);
    // Like gcc, stop at an unknown conversion: what follows cannot be matched up.
    if (want === undefined) {
      // gcc shows an unprintable character by its octal escape ('\012'), keeping the message on one line.
      const shown = c >= ' ' && c <= '~' ? c : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
      diags.warn(pos, 'format', `unknown conversion type character '${shown}' in format`);
      return;
    }
    if (c === '[') { while (i < fmt.length && fmt[i] !== ']') i++; }
    if (!suppress) take(`format '${spec}'`, want);
  }
  if (next < args.length) diags.warn(pos, 'format-extra-args', 'too many arguments for format');
}

function wanted(c: string, len: string, scan: boolean): Want | undefined {
  // j is intmax_t (long long here), z size_t and t ptrdiff_t (32-bit);
  // h and hh arguments arrive promoted to int, as gcc accepts.
  const wide = len === 'll' || len === 'j' || len === 'q';
  // scanf stores through the pointer, so h and hh name the object's type there.
  const narrow = scan && (len === 'h' || len === 'hh');
  const signed = wide ? LLONG : len === 'l' ? LONG : narrow ? (len === 'h' ? SHORT : CHAR) : INT;
  const unsigned = wide ? ULLONG : len === 'l' ? ULONG : narrow ? (len === 'h' ? USHORT : UCHAR) : UINT;
  let w: Want;
  switch (c) {
    case 'd': case 'i': w = { type: signed }; break;
    case 'u': case 'o': case 'x': case 'X': w = { type: unsigned }; break;
    case 'c': w = scan ? { type: pointerTo(CHAR), any: 'charptr' } : { type: INT }; return w;
    case 's': case '[': return { type: pointerTo(CHAR), any: 'charptr' };
    case 'p': return scan ? { type: pointerTo(pointerTo(VOID)) } : { type: pointerTo(VOID), any: 'ptr' };
    case 'n': w = { type: signed }; return { type: pointerTo(w.type) };
    // printf takes a double (a float argument is promoted); scanf stores a float, or with l a double.
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      w = { type: len === 'L' ? LDOUBLE : scan && len !== 'l' ? FLOAT : DOUBLE }; break;
    default: return undefined;
  }
  return scan ? { type: pointerTo(w.type) } : w;
}

/** gcc's rules: the same integer type up to signedness (after promotion), any char pointer for %s, any pointer for %p. */
function matches(have: Type, want: Want): boolean {
  have = unqual(have);
  if (want.any === 'ptr') return have.kind === 'ptr';
  if (want.any === 'charptr') return have.kind === 'ptr' && unqual(have.base).kind === 'int' && (unqual(have.base) as { size: number }).size === 1;
  const w = want.type;
  if (w.kind === 'ptr') return have.kind === 'ptr' && (unqual(have.base).kind === 'void' ? false : sameArith(unqual(have.base), w.base, false));
  return sameArith(have, w, true);
}

/** Integers by sameInt; floating types only as themselves (double is not long double). */
function sameArith(a: Type, b: Type, promoted: boolean): boolean {
  if (a.kind === 'float' || b.kind === 'float') return a.kind === 'float' && b.kind === 'float' && a.name === b.name;
  return sameInt(a, b, promoted);
}

/** Same rank (int, long, long long), either signedness; `promoted` lets char and short pass as int. */
function sameInt(a: Type, b: Type, promoted: boolean): boolean {
  if (a.kind !== 'int' || b.kind !== 'int') return false;
  const rank = (t: Extract<Type, { kind: 'int' }>): string => (t.size === 8 ? 'll' : t.name.includes('long') ? 'l' : t.size < 4 ? (promoted ? 'i' : `s${t.size}`) : 'i');
  return rank(a) === rank(b);
}
