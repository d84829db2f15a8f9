/* signal.h: signal numbers (as on Linux/i386) and kill. Only the default
 * action and "ignore" exist: SIG_DFL terminates, SIG_IGN discards (SIGKILL
 * can be neither caught nor ignored). */
#ifndef _SIGNAL_H
#define _SIGNAL_H
#define SIGINT   2
#define SIGILL   4
#define SIGTRAP  5
#define SIGBUS   7
#define SIGFPE   8
#define SIGKILL  9
#define SIGSEGV 11
#define SIGPIPE 13
#define SIGTERM 15
#define SIGSYS  31
#define SIG_DFL 0
#define SIG_IGN 1
#define SIG_ERR (-1)
int kill(int pid, int sig);
int signal(int sig, int action);
#endif
