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
  ring0: {
    nullds: 'as without ring0: QEMU TCG does not check a null DS.',
    kstack:
      'with ESP = 0x00100000 in ring 0, int 0x80 pushes its frame on the same stack, just below 1 MiB: '
      + 'on QEMU that is the BIOS ROM (0xF0000-0xFFFFF), which drops the writes, so the frame read back '
      + 'is garbage and the machine resets; ringside has RAM there, so the frame survives and the attack runs on.',
  },
  flat: { nullds: 'as without flat: QEMU TCG does not check a null DS.' },
  nocheck: { nullds: 'as without nocheck: QEMU TCG does not check a null DS.' },
};

export function knownDifferences(kernelOpts: string): Record<string, string> {
  const tag = kernelOpts.trim().split(/\s+/).filter(Boolean).join('-') || 'default';
  return KNOWN_QEMU_DIFFERENCES[tag] ?? {};
}
