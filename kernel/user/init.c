/* init.c: process 1, started by the kernel after the banner.
 *
 * With shell commands on the kernel command line (`-- CMDS`, the batch mode
 * of `ringside run`), it runs `sh -c CMDS`; otherwise an interactive `sh`.
 * It reaps every child, including the orphans the kernel re-parents to it,
 * and when its shell is gone it powers off with the shell's status as a
 * shell reports one: the exit code, or 128 + the signal that killed it.
 *
 * Expected: as pid 1, never returns (the machine halts); run by a shell as
 * any other pid it refuses: "init: must be process 1", status 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <ringside.h>

#define COMMANDS_MAX 2048

static void say(const char *s)
{
    write(2, s, (int)strlen(s));
}

int main(int argc, char **argv)
{
    static char commands[COMMANDS_MAX];
    char *sh_argv[4];
    int shell;
    int pid;
    int wstatus;

    /* Run again from a shell, bootcmd() would start the batch once more. */
    if (getpid() != 1) {
        say("init: must be process 1\n");
        return 1;
    }
    /* Stray Ctrl-C or kill -TERM must not take the whole system down. */
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);

    sh_argv[0] = "sh";
    sh_argv[1] = 0;
    if (bootcmd(commands, COMMANDS_MAX) > 0) {
        commands[COMMANDS_MAX - 1] = 0;
        sh_argv[1] = "-c";
        sh_argv[2] = commands;
        sh_argv[3] = 0;
    }

    shell = fork();
    if (shell < 0) {
        say("init: cannot fork the shell\n");
        halt(1);
        return 1;
    }
    if (shell == 0) {
        /* Ignored signals would survive execv: give sh the defaults back. */
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        execv("sh", sh_argv);
        say("init: cannot run sh (no such module, or the commands are too long)\n");
        exit(127);
    }

    for (;;) {
        pid = wait(&wstatus);
        if (pid == shell)
            break;
        if (pid < 0) {          /* no children left: cannot happen while sh lives */
            say("init: the shell vanished\n");
            halt(1);
            return 1;
        }
    }
    halt(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus));
    return 0;
}
