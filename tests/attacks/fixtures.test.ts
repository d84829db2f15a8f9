// The QEMU fixtures cover the gallery under every option set it is
// documented under (GALLERY_KERNEL_OPTS), so that a new attack or option
// cannot reach the tests without its QEMU results: re-record with
// scripts/qemu-attacks --all.
import { describe, it, expect } from 'vitest';
import { loadGallery } from '../../src/attacks/gallery.ts';
import { loadQemuFixture } from '../../src/attacks/qemu-fixture.ts';
import { GALLERY_KERNEL_OPTS, knownDifferences } from '../../src/attacks/qemu-differences.ts';

const names = loadGallery().attacks.map((a) => a.name).sort();

describe('QEMU fixtures', () => {
  it('the option sets are the default kernel and the four demo options, shared included', () => {
    expect([...GALLERY_KERNEL_OPTS]).toEqual(['', 'nocheck', 'flat', 'ring0', 'shared']);
  });

  for (const opts of GALLERY_KERNEL_OPTS) {
    it(`${opts || 'default'}: one result per gallery attack, recorded under these options`, () => {
      const fixture = loadQemuFixture(opts);
      expect(fixture.kernelOpts).toBe(opts);
      expect(fixture.results.map((r) => r.name).sort()).toEqual(names);
      expect(Object.keys(knownDifferences(opts)).filter((n) => !names.includes(n))).toEqual([]);
    });
  }
});
