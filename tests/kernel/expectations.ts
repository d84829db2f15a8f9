// What a bundled program's header comment says must happen when it runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectation } from '../../src/attacks/expectation.ts';

export const USER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'kernel', 'user');

/** Every bundled program's C source, kernel/user/ and kernel/user/attacks/. */
export function programSources(): string[] {
  return [
    ...fs.readdirSync(USER).filter((f) => f.endsWith('.c')).map((f) => path.join(USER, f)),
    ...fs.readdirSync(path.join(USER, 'attacks')).filter((f) => f.endsWith('.c')).map((f) => path.join(USER, 'attacks', f)),
  ].sort();
}

/** killLine null: no process of the program may be killed, unless
 *  childKills (a program whose point is a child being killed). */
export interface Expectation { status: number; killLine: string | null; prints: string | null; childKills?: boolean }

/** The outcome a program's header states: the attack gallery's machine-readable
 *  `expect:` line (src/attacks/expectation.ts), or else the prose form
 *  "Expected: ... status N" with an optional quoted "[program killed: ...]". */
export function expectation(file: string): Expectation {
  const source = fs.readFileSync(file, 'utf8');
  if (/^[\s/*;]*expect:/im.test(source)) {
    const e = parseExpectation(source, file);
    if (e.kind === 'killed') return { status: e.status, killLine: `[program killed: ${e.reason}]`, prints: null };
    // refused / ignored / survives: the program checks and exits 0 (survives: a child of it was stopped)
    return { status: 0, killLine: null, prints: null, childKills: e.kind === 'survives' };
  }
  const header = /^\/\*([\s\S]*?)\*\//.exec(source);
  if (!header) throw new Error(`${file}: no header comment`);
  const text = header[1]!.replace(/\n\s*\*\s?/g, ' ');
  const expected = /Expected:(.*)$/s.exec(text);
  if (!expected) throw new Error(`${file}: the header comment has no "Expected:"`);
  const status = /status (\d+)/.exec(expected[1]!);
  if (!status) throw new Error(`${file}: the expected outcome names no status`);
  const kill = /"(\[program killed: [^\]]+\])"/.exec(expected[1]!);
  const prints = /prints "([^"]+)"/.exec(expected[1]!);
  return { status: Number(status[1]), killLine: kill ? kill[1]! : null, prints: prints ? prints[1]! : null };
}
