/* peerread.c: reads another process's memory by address. The program forks
 * a child that puts a secret into its own copy of `secret` (the parent's copy
 * stays empty), finds the child's process-table slot with procinfo, and loads
 * from where the "shared" demo maps that slot's window (0x40400000 + slot *
 * 0x400000). Each process has its own page directory, so nothing is mapped
 * there and the load is a page fault. The child (peer.h) stays blocked until
 * the shell ends the job.
 * Under "shared" (one page directory for all) the load returns the secret.
 * expect: killed page fault 139 */
#include "peer.h"

int main(int argc, char **argv)
{
    int pid = peer_fork("peerread", "child-secret-5e7c");
    int slot;
    char *theirs;
    char c;
    if (pid < 0)
        return 2;
    slot = peer_slot_of(pid);
    if (slot < 0) {
        printf("peerread: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = peer_alias(slot, peer_secret);
    printf("peerread: my secret is \"%s\"; child pid %d (slot %d) keeps its at 0x%x\n", peer_secret, pid, slot, (unsigned)theirs);
    c = theirs[0];
    printf("peerread: read the child's secret: \"%s\" (first byte %d)\n", theirs, c);
    peer_release(pid);
    return 1;
}
