// Loaded into every test worker by scripts/cpu-coverage: counts executed
// instructions by form through the CPU's instruction hook and, after each
// test file, adds them to a JSON file in RINGSIDE_CPU_COVERAGE_DIR.
import { afterAll, beforeEach } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { setInstructionHook, type InstructionHook } from '../src/cpu/dispatch.ts';
import { semanticKey } from '../src/cpu/semantics/table.ts';
import type { Form } from '../src/isa/table.ts';

const dir = process.env.RINGSIDE_CPU_COVERAGE_DIR;
if (!dir) throw new Error('cpu-coverage-setup: RINGSIDE_CPU_COVERAGE_DIR is not set (run scripts/cpu-coverage)');

const counts = new Map<Form, number>();
const count: InstructionHook = (_cpu, insn) => {
  counts.set(insn.form, (counts.get(insn.form) ?? 0) + 1);
};

setInstructionHook(count);
// Tests of the hook itself set and clear it: put the counter back before each test.
beforeEach(() => setInstructionHook(count));

afterAll(() => {
  const byKey: Record<string, number> = {};
  for (const [form, n] of counts) byKey[semanticKey(form)] = (byKey[semanticKey(form)] ?? 0) + n;
  writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify(byKey));
});
