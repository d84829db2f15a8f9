// Signal names and POSIX wait statuses, as the kernel's trace lines carry them
// (numbers as in cc/include/signal.h, which follows Linux/i386).

const NAMES: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  17: 'SIGCHLD', 31: 'SIGSYS',
};

/** "SIGINT" for 2, "signal 40" for a number without a name. */
export function signalName(sig: number): string {
  return NAMES[sig] ?? `signal ${sig}`;
}

/** A wait status in words: "exited 3" or "killed by SIGSEGV" (WIFEXITED / WTERMSIG). */
export function describeWaitStatus(status: number): string {
  const sig = status & 0x7f;
  return sig === 0 ? `exited ${(status >> 8) & 0xff}` : `killed by ${signalName(sig)}`;
}
