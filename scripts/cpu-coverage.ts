// The driver of scripts/cpu-coverage (see there): runs vitest with
// cpu-coverage-setup.ts in every worker, then adds up the counts and prints
// the semantic-table entries that were never executed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startVitest } from 'vitest/node';
import { semanticKeys } from '../src/cpu/semantics/table.ts';

const paths = process.argv.slice(2);
const filters = paths.length ? paths : ['tests/cpu', 'tests/cpu-vectors', 'tests/scenarios'];
const dir = mkdtempSync(join(tmpdir(), 'cpu-coverage-'));
process.env.RINGSIDE_CPU_COVERAGE_DIR = dir;

try {
  const vitest = await startVitest('test', filters, {
    watch: false,
    setupFiles: [resolve('scripts/cpu-coverage-setup.ts')],
    // Tests that check no hook is installed cannot pass while one counts, and
    // the lockstep tests need compiled blocks, which are off while a hook is set.
    exclude: ['tests/cpu/dispatch.test.ts', 'tests/cpu/jit-*.test.ts', '**/node_modules/**'],
    reporters: ['default'],
  });
  await vitest?.close();
  const failed = process.exitCode !== undefined && process.exitCode !== 0;

  const total = new Map<string, number>();
  for (const file of readdirSync(dir)) {
    const counts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, number>;
    for (const [key, n] of Object.entries(counts)) total.set(key, (total.get(key) ?? 0) + n);
  }
  const keys = semanticKeys();
  const missed = keys.filter((k) => !total.has(k));
  console.log(`\ncpu-coverage: ${keys.length - missed.length} of ${keys.length} semantic-table entries executed by ${filters.join(' ')}`);
  // A test that needs compiled blocks fails here (the hook turns them off); the counts cover what ran.
  if (failed) console.log('cpu-coverage: some tests failed in this run (see above): tests of compiled blocks do while a hook is set');
  for (const k of missed) console.log(`  never executed: ${k}`);
  process.exitCode = missed.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
