/* peerwrite.c: writes another process's memory by address. Like peerread,
 * it forks a child that keeps a secret and finds the child's slot; then it
 * stores over the child's copy of `secret` where the "shared" demo maps that
 * slot's window. With a page directory per process nothing is mapped there:
 * a page fault. Under "shared" the store lands; the parent then wakes the
 * child, which checks its own secret and exits 1 if it was overwritten.
 * expect: killed page fault 139 */
#include "peer.h"

int main(int argc, char **argv)
{
    int pid = peer_fork("peerwrite", "child-secret-5e7c");
    int slot;
    char *theirs;
    if (pid < 0)
        return 2;
    slot = peer_slot_of(pid);
    if (slot < 0) {
        printf("peerwrite: child pid %d not in the process table\n", pid);
        return 2;
    }
    theirs = peer_alias(slot, peer_secret);
    printf("peerwrite: overwriting child pid %d (slot %d) at 0x%x\n", pid, slot, (unsigned)theirs);
    strcpy(theirs, "owned by the parent");
    printf("peerwrite: the store went through\n");
    if (peer_release(pid) == 1)
        printf("peerwrite: the child confirms its memory changed\n");
    return 1;
}
