// Runs one protected-mode scenario (prelude.s + programs/NNN-name.s) on the
// ringside machine and judges the result by the protocol in prelude.s.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCENARIO_DIR = fileURLToPath(new URL('.', import.meta.url));
export const PROGRAM_DIR = join(SCENARIO_DIR, 'programs');
/** Where the scenario image is based (a multiboot kernel at 1 MiB). */
export const SCENARIO_BASE = 0x100000;
/** Generous: the longest scenario executes about 6,100 instructions (057);
 *  a runaway one is stopped after a fraction of a second. */
export const SCENARIO_MAX_INSTRUCTIONS = 2_000_000;
/** The line a triple-fault scenario prints just before it triple-faults. */
export const TRIPLE_FAULT_MARKER = 'TRIPLE-FAULT NEXT';

export type Expectation = 'PASS' | 'TRIPLE-FAULT';

export class ScenarioFormatError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ScenarioFormatError';
  }
}

export interface Scenario {
  file: string;
  text: string;
  expect: Expectation;
  /** The rule, from the comment block's "; Rule:" paragraph. */
  rule: string;
}

/** Reads the header comment block: "; Rule: ...", "; Manual: ...", "; Expect: PASS|TRIPLE-FAULT". */
export function parseScenario(file: string, text: string): Scenario {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(';')) break;
    header.push(line.replace(/^;\s?/, ''));
  }
  if (header.length === 0) throw new ScenarioFormatError(file, 'missing the leading comment block');
  const expectLine = header.find((l) => l.startsWith('Expect:'));
  if (!expectLine) throw new ScenarioFormatError(file, 'the comment block has no "Expect:" line');
  const expect = expectLine.slice('Expect:'.length).trim();
  if (expect !== 'PASS' && expect !== 'TRIPLE-FAULT') {
    throw new ScenarioFormatError(file, `unknown expectation "${expect}" (want PASS or TRIPLE-FAULT)`);
  }
  if (!header.some((l) => l.startsWith('Manual:'))) {
    throw new ScenarioFormatError(file, 'the comment block cites no manual section ("Manual:")');
  }
  const ruleStart = header.findIndex((l) => l.startsWith('Rule:'));
  if (ruleStart < 0) throw new ScenarioFormatError(file, 'the comment block has no "Rule:" line');
  const rule: string[] = [];
  for (let i = ruleStart; i < header.length && !/^(Manual|Expect|QEMU):/.test(header[i]!); i++) {
    rule.push(header[i]!);
  }
  return { file, text, expect, rule: rule.join(' ').replace(/^Rule:\s*/, '').replace(/\s+/g, ' ') };
}

export function loadScenarios(): Scenario[] {
  return readdirSync(PROGRAM_DIR)
    .filter((f) => f.endsWith('.s'))
    .sort()
    .map((f) => parseScenario(f, readFileSync(join(PROGRAM_DIR, f), 'utf8')));
}

export function loadPrelude(): string {
  return readFileSync(join(SCENARIO_DIR, 'prelude.s'), 'utf8');
}

/** What the machine did. `state` is the machine's final state ('limit' when it never ended). */
export interface RunRecord {
  state: string;
  exitValue: number | null;
  output: string;
  /** Instructions executed (helps tell "died at boot" from "died late"). */
  instructions?: number;
}

export interface Verdict {
  ok: boolean;
  reason: string;
}

/** Applies the reporting protocol of prelude.s to a finished run. */
export function judge(expect: Expectation, run: RunRecord): Verdict {
  const lines = run.output.split('\n').filter((l) => l.length > 0);
  const last = lines.at(-1) ?? '';
  const failLine = lines.find((l) => l.startsWith('FAIL'));
  const tail = (lines.slice(-3).join(' | ') || '(no output)') +
    (run.instructions === undefined ? '' : `, ${run.instructions} instructions`);
  if (failLine) return { ok: false, reason: `${failLine} [state ${run.state}, exit ${run.exitValue}]` };
  if (expect === 'TRIPLE-FAULT') {
    if (run.state !== 'triple-fault') {
      return { ok: false, reason: `expected a triple fault, machine state is ${run.state} (output: ${tail})` };
    }
    if (last !== TRIPLE_FAULT_MARKER) {
      return { ok: false, reason: `triple fault came before the scenario reached it (output: ${tail})` };
    }
    return { ok: true, reason: 'triple fault as expected' };
  }
  if (run.state !== 'exited') {
    return { ok: false, reason: `machine did not exit: state ${run.state} (output: ${tail})` };
  }
  if (last !== 'PASS') return { ok: false, reason: `last output line is not PASS (output: ${tail})` };
  if (run.exitValue !== 0) return { ok: false, reason: `PASS printed but exit value ${run.exitValue}` };
  return { ok: true, reason: 'PASS' };
}
