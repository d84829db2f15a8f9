/* peer.h: the victim shared by the peer* attacks (peerread, peerwrite,
 * peersys). peer_fork() forks a child that puts a secret into its own copy of
 * `peer_secret` (the parent's copy stays empty) and waits for one byte from
 * the parent; it then exits 1 if its secret was changed, 0 if not. The child
 * keeps the write end of that pipe open itself, so the parent's death does
 * not wake it: it stays blocked until the shell ends the job. That makes the
 * child's end the same on every machine, whatever the timer does.
 * peer_alias() is where the "shared" demo maps a slot's copy of a variable. */
#ifndef PEER_H
#define PEER_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <ringside.h>

#define PEER_WINDOW 0x40000000
#define PEER_ALIAS_BASE 0x40400000
#define PEER_ALIAS_STRIDE 0x400000

static char peer_secret[32];
static int peer_go[2];

static int peer_slot_of(int pid)
{
    struct procinfo pi;
    int slot;
    for (slot = 0; slot < PROCINFO_SLOTS; slot++) {
        if (procinfo(slot, &pi) == 1 && pi.pid == pid)
            return slot;
    }
    return -1;
}

/* Forks the child; returns its pid once it is ready, or -1 (after saying why). */
static int peer_fork(const char *name, const char *secret)
{
    int ready[2];
    int pid;
    char c;
    if (pipe(ready) < 0 || pipe(peer_go) < 0) {
        printf("%s: pipe failed\n", name);
        return -1;
    }
    pid = fork();
    if (pid < 0) {
        printf("%s: fork failed\n", name);
        return -1;
    }
    if (pid == 0) {
        close(ready[0]);
        strcpy(peer_secret, secret);
        write(ready[1], "r", 1);
        if (read(peer_go[0], &c, 1) == 1 && strcmp(peer_secret, secret) != 0) {
            printf("%s child: my secret is now \"%s\"\n", name, peer_secret);
            _exit(1);
        }
        _exit(0);
    }
    close(ready[1]);
    if (read(ready[0], &c, 1) != 1) {
        printf("%s: the child never got ready\n", name);
        return -1;
    }
    return pid;
}

/* Where the "shared" demo maps process-table slot `slot`'s copy of `var`. */
static char *peer_alias(int slot, char *var)
{
    return (char *)(PEER_ALIAS_BASE + slot * PEER_ALIAS_STRIDE + ((unsigned)var - PEER_WINDOW));
}

/* Lets the child check its secret; returns its exit status (or -1). */
static int peer_release(int pid)
{
    int status;
    write(peer_go[1], "g", 1);
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        return WEXITSTATUS(status);
    return -1;
}

#endif
