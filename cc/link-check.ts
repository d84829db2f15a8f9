// The link step's one check: every symbol a C unit declares `extern` (it uses
// it without defining it) must be defined as `global` by some unit. A missing
// one is reported against the C source line of its first use, as a linker
// would (`main.c:11: undefined reference to 'square'`), not against the
// generated assembly, which the user never sees.
import type { AsmUnit } from './driver.ts';

const DIRECTIVE = /^\s*(extern|global|section)\b/i;
const LINE_MARK = /^%line\s+(\d+)\+\d+\s+(.+)$/;

/** Names a unit exports (`global x`, also as `global $x` or in a list). */
export function globalsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*global\s+([^;\n]+)/gim))
    for (const name of m[1]!.split(',')) out.add(name.trim().replace(/^\$/, '').replace(/:.*$/, ''));
  return out;
}

function externsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*extern\s+([^;\n]+)/gim))
    for (const name of m[1]!.split(',')) out.push(name.trim().replace(/^\$/, ''));
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `name` is first used in a compiled C unit: "file:line" (or the
 *  unit's C file) and the index of that assembly line, for ordering. */
function firstUse(unit: AsmUnit, name: string, source: string): { where: string; at: number } {
  const use = new RegExp(`(^|[^\\w$.@?])\\$?${escapeRegExp(name)}(?![\\w$.@?])`);
  let where = source;
  const lines = unit.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = LINE_MARK.exec(line);
    if (mark) { where = `${mark[2]!.trim()}:${mark[1]}`; continue; }
    if (DIRECTIVE.test(line)) continue;
    if (use.test(line.replace(/;.*$/, ''))) return { where, at: i };
  }
  return { where: source, at: lines.length };
}

/**
 * One message per undefined symbol a C unit refers to. `cUnits` pairs each
 * compiled unit with the C file it came from.
 */
export function undefinedReferences(units: readonly AsmUnit[], cUnits: ReadonlyMap<AsmUnit, string>): string[] {
  const defined = new Set<string>();
  for (const u of units) for (const g of globalsOf(u.text)) defined.add(g);
  const messages: string[] = [];
  const reported = new Set<string>();
  for (const [unit, source] of cUnits) {
    const missing = externsOf(unit.text).filter((name) => !defined.has(name) && !reported.has(name))
      .map((name) => ({ name, ...firstUse(unit, name, source) }))
      .sort((a, b) => a.at - b.at);
    for (const m of missing) {
      reported.add(m.name);
      messages.push(`${m.where}: undefined reference to '${m.name}'`);
    }
  }
  return messages;
}
