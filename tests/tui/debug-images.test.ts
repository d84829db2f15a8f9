import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExecutable } from '../../cc/driver.ts';
import { buildBundledKernel } from '../../src/build/bundle.ts';
import { DebugImages } from '../../src/tui/debug-images.ts';

const SOURCE = 'int counter;\nint bump(int by)\n{\n    counter = counter + by;\n    return counter;\n}\nint main(void)\n{\n    return bump(2);\n}\n';

describe('DebugImages: DWARF for programs loaded without it', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ringside-dbgimg-'));
  const file = join(dir, 'bumper.c');
  writeFileSync(file, SOURCE);
  const plain = buildExecutable([file], { kind: 'user', debug: false }).elf;
  const withDwarf = buildExecutable([file], { kind: 'user' }).elf;
  const kernel = buildBundledKernel();
  const images = (elf: Uint8Array, sources: boolean) =>
    new DebugImages(kernel, new Map([['bumper', elf]]), sources ? new Map([['bumper', { files: [file], includePaths: [] }]]) : new Map());

  it('builds the source again with DWARF when the module has none, and uses it', () => {
    const d = images(plain, true);
    const info = d.program('bumper')!;
    expect(info.hasDwarf).toBe(true);
    expect(info.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['bump', 'main']));
    expect(info.globals.get('counter')).toBeDefined();
    d.currentProgram = 'bumper';
    expect(d.infoFor(info.functions.find((f) => f.name === 'bump')!.low)).toBe(info);
    expect(d.infoFor(0x00100000)).toBe(d.kernel);
    expect(d.problems.size).toBe(0);
  });

  it('uses a module\'s own DWARF as it is', () => {
    expect(images(withDwarf, false).program('bumper')!.hasDwarf).toBe(true);
  });

  it('keeps only the symbols, and says why, when there is no source or it changed', () => {
    const none = images(plain, false);
    expect(none.program('bumper')!.hasDwarf).toBe(false);
    expect(none.program('bumper')!.symbol('bump')).not.toBeNull();
    expect(none.problems.get('bumper')).toBe('bumper has no DWARF and no source to build it from');
    const changed = images(plain, true);
    writeFileSync(file, SOURCE.replace('counter + by', 'counter + by + 1'));
    try {
      expect(changed.program('bumper')!.hasDwarf).toBe(false);
      expect(changed.problems.get('bumper')).toBe('bumper: its source no longer builds to the code that runs (changed since?)');
    } finally {
      writeFileSync(file, SOURCE);
    }
    const broken = images(plain, true);
    writeFileSync(file, 'int main(void) { return nosuch; }\n');
    try {
      expect(broken.program('bumper')!.hasDwarf).toBe(false);
      expect(broken.problems.get('bumper')).toMatch(/^bumper: its source does not build: .*nosuch/);
    } finally {
      writeFileSync(file, SOURCE);
    }
    expect(images(plain, true).program('nosuch')).toBeNull();
  });
});
