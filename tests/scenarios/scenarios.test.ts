// Every protected-mode scenario, assembled with the project's assembler and run
// on the ringside machine. A failure names the broken rule and the scenario's
// own FAIL line (see prelude.s for the protocol).
import { describe, it, expect } from 'vitest';
import { loadPrelude, loadScenarios, judge } from './scenario-runner.ts';
import { bootScenario, buildScenarioElf } from './boot-scenario.ts';

// A runaway scenario stops at SCENARIO_MAX_INSTRUCTIONS; give the interpreter
// the wall-clock time to get there so the failure names the scenario's state.
const SCENARIO_TIMEOUT_MS = 60_000;

const prelude = loadPrelude();
const scenarios = loadScenarios();

describe('protected-mode scenarios', () => {
  it('has at least 80 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
  });

  for (const scenario of scenarios) {
    it(scenario.file, () => {
      const elf = buildScenarioElf(prelude, scenario);
      const verdict = judge(scenario.expect, bootScenario(elf));
      expect(verdict.ok, `${scenario.file}: ${verdict.reason}\n  rule: ${scenario.rule}`).toBe(true);
    }, SCENARIO_TIMEOUT_MS);
  }
});
