// Notifications for the debugger and event log. Called only on rare paths
// (interrupt delivery, IRET, CR3 loads, resets), never per instruction.

export interface CpuHooks {
  /** An interrupt or exception is being delivered through the IDT.
   *  `errorCode` is -1 when the vector pushes none. `software` is true for INT n/INT3/INTO. */
  onInterrupt?(vector: number, errorCode: number, eip: number, fromCpl: number, toCpl: number, software: boolean): void;
  /** An IRET completed. */
  onIret?(fromCpl: number, toCpl: number, eip: number): void;
  /** CR3 was loaded (the TLB was flushed). */
  onCr3Load?(value: number): void;
  /** A triple fault: the CPU has been reset. */
  onTripleFault?(): void;
}
