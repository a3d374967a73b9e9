#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal of a given width and prints what the terminal received.
Usage: onTerminal.py COLUMNS COMMAND [ARGS...]; the exit status is the command's."""
import fcntl, os, pty, struct, sys, termios

columns, argv = int(sys.argv[1]), sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    # Sized in the child, before the command starts, so that it never reads a 0x0 terminal.
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    os.execvp(argv[0], argv)
chunks = []
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    chunks.append(data)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(b"".join(chunks))
sys.exit(os.waitstatus_to_exitcode(status))
