/* peersys.c: passes another process's address to a syscall: write(1, addr,
 * n) where addr is the child's secret as the "shared" demo maps it (0x40400000
 * + slot * 0x400000 + offset), to make the kernel read the other process's
 * memory on the caller's behalf. The kernel checks every pointer against the
 * caller's own page tables and window, so it kills the caller instead.
 * Under "shared" the check accepts every process's alias window and the
 * secret reaches the console.
 * expect: killed bad syscall pointer 139 */
#include "peer.h"

int main(int argc, char **argv)
{
    int pid = peer_fork("peersys", "child-secret-5e7c\n");
    int slot;
    int n;
    char *theirs;
    if (pid < 0)
        return 2;
    slot = peer_slot_of(pid);
    if (slot < 0) {
        printf("peersys: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = peer_alias(slot, peer_secret);
    printf("peersys: write(1, 0x%x, 18): child pid %d's secret, slot %d\n", (unsigned)theirs, pid, slot);
    n = write(1, theirs, 18);
    printf("peersys: the kernel wrote %d bytes of another process's memory\n", n);
    peer_release(pid);
    return 1;
}
