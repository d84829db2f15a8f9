// Where ringside and QEMU (TCG) are known to end an attack differently, and
// why. The agreement test requires these to differ (so a change on either side
// is noticed) and every other attack to agree.

/** Per kernel-options tag ("default", "nocheck", ...): attack name → the reason. */
export const KNOWN_QEMU_DIFFERENCES: Record<string, Record<string, string>> = {
  default: {
    iretvm:
      'QEMU TCG enters virtual-8086 mode on an IRET from CPL 3 whose EFLAGS image has VM set; the Intel SDM '
      + 'does so only at CPL 0 ("IF tempEFLAGS(VM) = 1 AND CPL = 0"), and ringside ignores VM below CPL 0, so the '
      + 'program goes on and exits 0. Contained on QEMU too: V86 code runs at CPL 3 and every address below 1 MiB '
      + '+ 64 KiB is supervisor-only, so the first fetch is a #PF and a kill.',
    nullds:
      'QEMU TCG does not check data accesses through a null selector in DS; the Intel SDM requires #GP(0), '
      + 'which ringside raises. Harmless here: the access stays inside the program\'s own window.',
  },
  ring0: {
    nullds: 'as without ring0: QEMU TCG does not check a null DS.',
    iretvm:
      'ringside\'s CPU has no virtual-8086 mode: an IRET to VM at CPL 0 raises #GP, a kill. QEMU enters V86 '
      + 'mode, whose first fetch faults outside the window, which the ring0 kernel takes for its own fault: a panic.',
    kstack:
      'with ESP = 0x00100000 in ring 0, int 0x80 pushes its frame on the same stack, just below 1 MiB: '
      + 'on QEMU that is the BIOS ROM (0xF0000-0xFFFFF), which drops the writes, so the frame read back '
      + 'is garbage and the machine resets; ringside has RAM there, so the frame survives, and the run '
      + 'ends later in a kernel page fault on a garbage pointer (a panic).',
    movcr0:
      'clearing CR0.PG in ring 0 sends the next fetch to physical 0x4000xxxx, beyond the 32 MiB of RAM. '
      + 'ringside reads absent memory as 0xFF (the floating bus of a PC); QEMU reads it as 0, so the two '
      + 'execute different garbage: ringside triple-faults (or hangs, depending on the exact bytes of kernel '
      + 'and program), QEMU runs into a divide error that the ring0 kernel '
      + 'takes for its own (a panic). An escape on both.',
  },
  flat: {
    nullds: 'as without flat: QEMU TCG does not check a null DS.',
    iretvm: 'as without flat: QEMU TCG enters virtual-8086 mode from CPL 3.',
  },
  nocheck: {
    nullds: 'as without nocheck: QEMU TCG does not check a null DS.',
    iretvm: 'as without nocheck: QEMU TCG enters virtual-8086 mode from CPL 3.',
  },
  shared: {
    nullds: 'as without shared: QEMU TCG does not check a null DS.',
    iretvm: 'as without shared: QEMU TCG enters virtual-8086 mode from CPL 3.',
  },
};

/** The kernel option sets the gallery is recorded and documented under: the
 *  default kernel, then each demo option that switches one protection off. */
export const GALLERY_KERNEL_OPTS = ['', 'nocheck', 'flat', 'ring0', 'shared'] as const;

export function knownDifferences(kernelOpts: string): Record<string, string> {
  const tag = kernelOpts.trim().split(/\s+/).filter(Boolean).join('-') || 'default';
  return KNOWN_QEMU_DIFFERENCES[tag] ?? {};
}
