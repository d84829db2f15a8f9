// What a gallery attack must end in, read from its source's header comment.
// New programs carry a machine-readable line, `expect: killed page fault 139`,
// `expect: refused`, `expect: ignored` or `expect: survives`; the older bundled programs state it in
// prose (`Expected: killed with "[program killed: REASON]", status N`), which
// is read too so that their files need no change.

export type Expectation =
  /** The kernel kills the program with this reason and status. */
  | { kind: 'killed'; reason: string; status: number }
  /** The kernel refuses the request (a syscall fails) and the program exits 0 after checking so. */
  | { kind: 'refused' }
  /** The CPU ignores the attempt (POPF and IOPL) and the program exits 0 after checking so. */
  | { kind: 'ignored' }
  /** The attack's own process (a child, a peer) is stopped and the program
   *  itself lives on: it checks so (e.g. its child's wait status) and exits 0. */
  | { kind: 'survives' };

export class ExpectationError extends Error {
  override name = 'ExpectationError';
}

const EXPECT_LINE = /^[\s/*;]*expect:\s*(.*?)\s*(?:\*\/)?\s*$/im;
const PROSE_KILL = /Expected:[^]*?\[program killed: ([^\]]+)\][^]*?status (\d+)/;

/** The expectation stated by `source` (the text of `file`, named in errors). */
export function parseExpectation(source: string, file: string): Expectation {
  const header = leadingComment(source);
  const line = EXPECT_LINE.exec(header);
  if (line) return parseExpectLine(line[1]!, file);
  const prose = PROSE_KILL.exec(header);
  if (prose) return { kind: 'killed', reason: prose[1]!.trim(), status: Number(prose[2]) };
  throw new ExpectationError(`${file}: no "expect:" line (or "Expected: killed with \\"[program killed: ...]\\", status N") in its header comment`);
}

/** `killed REASON WORDS STATUS`, `refused`, `ignored` or `survives`. */
export function parseExpectLine(text: string, file: string): Expectation {
  const words = text.trim().split(/\s+/);
  if (words.length === 1 && (words[0] === 'refused' || words[0] === 'ignored' || words[0] === 'survives')) return { kind: words[0] };
  if (words[0] === 'killed' && words.length >= 3 && /^\d+$/.test(words[words.length - 1]!)) {
    return { kind: 'killed', reason: words.slice(1, -1).join(' '), status: Number(words[words.length - 1]) };
  }
  throw new ExpectationError(`${file}: cannot read "expect: ${text.trim()}" (want "killed REASON STATUS", "refused", "ignored" or "survives")`);
}

const LIMIT_LINE = /^[\s/*;]*limit:\s*([0-9.]+)\s*(?:\*\/)?\s*$/im;

/** An attack's own time limit in seconds (`limit: 3` in its header), for one
 *  that legitimately needs longer than the gallery's default; or null. */
export function parseTimeLimit(source: string, file: string): number | null {
  const m = LIMIT_LINE.exec(leadingComment(source));
  if (!m) return null;
  const seconds = Number(m[1]);
  if (!(seconds > 0)) throw new ExpectationError(`${file}: "limit: ${m[1]}" is not a positive number of seconds`);
  return seconds;
}

export function formatExpectation(e: Expectation): string {
  return e.kind === 'killed' ? `killed: ${e.reason} (${e.status})` : e.kind;
}

/** The first comment of the file (block or a run of // lines), or '' if it starts with code. */
function leadingComment(source: string): string {
  const text = source.trimStart();
  if (text.startsWith('/*')) {
    const end = text.indexOf('*/');
    return end < 0 ? text : text.slice(0, end + 2);
  }
  const lines: string[] = [];
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (t.startsWith('//') || t.startsWith(';')) lines.push(t);
    else break;
  }
  return lines.join('\n');
}
