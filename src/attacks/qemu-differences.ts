// Where ringside and QEMU (TCG) are known to end an attack differently, and
// why. The agreement test requires these to differ (so a change on either side
// is noticed) and every other attack to agree.

/** Per kernel-options tag ("default", "nocheck", ...): attack name → the reason. */
export const KNOWN_QEMU_DIFFERENCES: Record<string, Record<string, string>> = {
  default: {
    nullds:
      'QEMU TCG does not check data accesses through a null selector in DS; the Intel SDM requires #GP(0), '
      + 'which ringside raises. Harmless here: the access stays inside the program\'s own window.',
  },
};

export function knownDifferences(kernelOpts: string): Record<string, string> {
  const tag = kernelOpts.trim().split(/\s+/).filter(Boolean).join('-') || 'default';
  return KNOWN_QEMU_DIFFERENCES[tag] ?? {};
}
