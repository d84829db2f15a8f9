/* badvararg.c: printf's varargs run off the end of the user window. The
 * argument block is the stack's last word (it holds the format pointer), so
 * the first %d would be read from 0x40400000, outside the window.
 * Expected: killed with "[program killed: bad syscall pointer]" before
 * anything is printed, status 139. */
int main(int argc, char **argv)
{
    char **last_word = (char **)0x403FFFFC;
    *last_word = "vararg: %d\n";
    asm("mov eax, 7");              /* SYS_printf */
    asm("mov ebx, 0x403FFFFC");
    asm("int 0x80");
    return 1;
}
