// Two-level i386 paging: the page walk that fills the TLB (setting A/D bits
// and raising #PF), and a side-effect-free walk for debuggers.

import type { Cpu } from './cpu.ts';

const PTE_P = 1;
const PTE_W = 2;
const PTE_U = 4;
const PTE_A = 0x20;
const PTE_D = 0x40;
const CR0_PG = 1 << 31;
const CR0_WP = 1 << 16;

/** #PF error code bits. */
export const PF_PRESENT = 1;
export const PF_WRITE = 2;
export const PF_USER = 4;

/** Translates `lin` (unsigned) for an access of the given kind, or raises #PF. */
export function translatePage(cpu: Cpu, lin: number, write: boolean, user: boolean): number {
  const vpn = lin >>> 12;
  if (!(cpu.cr0 & CR0_PG)) {
    fillIdentity(cpu, vpn);
    return lin;
  }
  const errBits = (write ? PF_WRITE : 0) | (user ? PF_USER : 0);
  const pdeAddr = ((cpu.cr3 & ~0xfff) >>> 0) + ((lin >>> 22) << 2);
  const pde = cpu.readPhys32(pdeAddr);
  if (!(pde & PTE_P)) cpu.pageFault(lin, errBits);
  const pteAddr = ((pde & ~0xfff) >>> 0) + (((lin >>> 12) & 0x3ff) << 2);
  const pte = cpu.readPhys32(pteAddr);
  if (!(pte & PTE_P)) cpu.pageFault(lin, errBits);

  const userOk = (pde & pte & PTE_U) !== 0;
  const writableForUser = userOk && (pde & pte & PTE_W) !== 0;
  const writableForSupervisor = (pde & pte & PTE_W) !== 0 || !(cpu.cr0 & CR0_WP);
  if (user ? (!userOk || (write && !writableForUser)) : (write && !writableForSupervisor)) {
    cpu.pageFault(lin, errBits | PF_PRESENT);
  }

  if (!(pde & PTE_A)) cpu.writePhys32(pdeAddr, pde | PTE_A);
  let newPte = pte | PTE_A;
  if (write) newPte |= PTE_D;
  if (newPte !== pte) cpu.writePhys32(pteAddr, newPte);

  const physPage = (pte & ~0xfff) >>> 0;
  if (physPage + 0x1000 <= cpu.memSize) {
    const t = cpu.tlb;
    const entry = physPage + 1;
    if (t.supervisorRead[vpn] === 0 && t.userRead[vpn] === 0) t.track(vpn);
    t.supervisorRead[vpn] = entry;
    if (userOk) t.userRead[vpn] = entry;
    // Write entries only once the page is dirty, so the first write still sets D,
    // and never for a page that holds code (its writes are reported).
    if ((newPte & PTE_D) && cpu.codePages.marked[physPage >>> 12] === 0) {
      if (writableForSupervisor) t.supervisorWrite[vpn] = entry;
      if (writableForUser) t.userWrite[vpn] = entry;
    }
  }
  return (physPage + (lin & 0xfff)) >>> 0;
}

function fillIdentity(cpu: Cpu, vpn: number): void {
  const physPage = vpn * 0x1000;
  if (physPage + 0x1000 > cpu.memSize) return;
  const t = cpu.tlb;
  const entry = physPage + 1;
  if (t.supervisorRead[vpn] === 0) t.track(vpn);
  t.supervisorRead[vpn] = entry;
  t.userRead[vpn] = entry;
  if (cpu.codePages.marked[vpn] === 0) {
    t.supervisorWrite[vpn] = entry;
    t.userWrite[vpn] = entry;
  }
}

/** Walks the page tables without faulting or touching A/D bits. */
export function walkForDebug(cpu: Cpu, lin: number): { phys: number; user: boolean; writable: boolean } | null {
  const pde = cpu.readPhys32(((cpu.cr3 & ~0xfff) >>> 0) + ((lin >>> 22) << 2));
  if (!(pde & PTE_P)) return null;
  const pte = cpu.readPhys32(((pde & ~0xfff) >>> 0) + (((lin >>> 12) & 0x3ff) << 2));
  if (!(pte & PTE_P)) return null;
  return {
    phys: (((pte & ~0xfff) >>> 0) + (lin & 0xfff)) >>> 0,
    user: (pde & pte & PTE_U) !== 0,
    writable: (pde & pte & PTE_W) !== 0,
  };
}
