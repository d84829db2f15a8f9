// Assembles prelude + scenario with the project's assembler, writes the ELF and
// boots it on the ringside machine, collecting the debug-console output.
import { assemble } from '../../src/isa/assembler.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';
import { Machine } from '../../src/machine/machine.ts';
import { SCENARIO_BASE, SCENARIO_MAX_INSTRUCTIONS, type RunRecord, type Scenario } from './scenario-runner.ts';

export function buildScenarioElf(prelude: string, scenario: Scenario): Uint8Array {
  const image = assemble(
    [
      { name: 'prelude.s', text: prelude },
      { name: scenario.file, text: scenario.text },
    ],
    { base: SCENARIO_BASE },
  );
  return writeElfExecutable(image);
}

export function bootScenario(elf: Uint8Array, maxInstructions = SCENARIO_MAX_INSTRUCTIONS): RunRecord {
  const machine = new Machine({});
  const bytes: number[] = [];
  machine.onDebugOutput((b) => bytes.push(b));
  machine.boot(elf, [], '');
  const result = machine.runUntilExit({ maxInstructions });
  return {
    state: result.state,
    exitValue: machine.exitValue,
    output: new TextDecoder('latin1').decode(new Uint8Array(bytes)),
    instructions: result.instructions,
  };
}
