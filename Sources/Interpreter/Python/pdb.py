"""pdb: Python's debugger, post-mortem part.

`pdb.post_mortem(tb)` and `pdb.pm()` open the frames an exception passed through, innermost
first, with CPython's commands and output: where, up, down, list, longlist, args, p, pp,
whatis, a statement or expression run in the frame, help, quit. The interpreter keeps each
frame's variables when an exception leaves it, so they can be read and evaluated here.
Stepping through running code (set_trace, breakpoints) is not available."""

import sys

__all__ = ['Pdb', 'post_mortem', 'pm']

_HELP = """
Documented commands (type help <topic>):
========================================
a      args   d      down   h      help   l      list   ll     longlist
p      pp     q      quit   u      up     w      where  whatis  c  continue  exit
Anything else is run as a Python statement in the current frame (start it with ! if it
begins like a command). An empty line repeats the last command.
"""


class Pdb:
    prompt = '(Pdb) '

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        self.stdout = stdout
        self.stack = []
        self.curindex = 0
        self.lastcmd = ''
        self._list_next = None

    # -- output ---------------------------------------------------------------
    def message(self, text):
        print(text, file=self.stdout if self.stdout is not None else sys.stdout)

    def error(self, text):
        self.message('*** ' + text)

    # -- the stack --------------------------------------------------------------
    def setup(self, tb):
        self.stack = []
        while tb is not None:
            self.stack.append((tb.tb_frame, tb.tb_lineno))
            tb = tb.tb_next
        self.curindex = len(self.stack) - 1
        self._list_next = None

    @property
    def curframe(self):
        return self.stack[self.curindex][0]

    @property
    def curlineno(self):
        return self.stack[self.curindex][1]

    def _source_lines(self, frame):
        return getattr(frame.f_code, '_tessera_source', '').splitlines()

    def format_stack_entry(self, entry, lprefix='\n-> '):
        frame, lineno = entry
        code = frame.f_code
        text = '{}({}){}()'.format(code.co_filename, lineno, code.co_name)
        lines = self._source_lines(frame)
        if 1 <= lineno <= len(lines) and lines[lineno - 1].strip():
            text += lprefix + lines[lineno - 1].strip()
        return text

    def print_stack_entry(self, entry, prompt_prefix='\n-> '):
        marker = '> ' if entry is self.stack[self.curindex] else '  '
        self.message(marker + self.format_stack_entry(entry, prompt_prefix))

    # -- the command loop --------------------------------------------------------
    def interaction(self, frame, tb):
        if tb is None:
            raise ValueError('A valid traceback must be passed if no exception is being handled')
        self.setup(tb)
        if not self.stack:
            return
        self.print_stack_entry(self.stack[self.curindex])
        while True:
            try:
                line = input(self.prompt)
            except EOFError:
                self.message('')
                return
            line = line.strip()
            if not line:
                line = self.lastcmd
            else:
                self.lastcmd = line
            if not line:
                continue
            if self.onecmd(line):
                return

    def onecmd(self, line):
        if line.startswith('!'):
            self.default(line[1:])
            return False
        command, _, arg = line.partition(' ')
        arg = arg.strip()
        handler = getattr(self, 'do_' + command, None)
        if handler is None:
            self.default(line)
            return False
        return handler(arg)

    # -- evaluation ----------------------------------------------------------------
    def _namespaces(self):
        frame = self.curframe
        return frame.f_globals, frame.f_locals

    def _getval(self, arg):
        globals_, locals_ = self._namespaces()
        try:
            return True, eval(arg, globals_, locals_)
        except BaseException as error:
            self._report(error)
            return False, None

    def _report(self, error):
        name = type(error).__name__
        text = str(error)
        self.error(name + (': ' + text if text else ''))

    def default(self, line):
        globals_, locals_ = self._namespaces()
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            exec(code, globals_, locals_)
        except BaseException as error:
            self._report(error)

    # -- commands ------------------------------------------------------------------
    def do_help(self, arg):
        self.message(_HELP)
    do_h = do_help

    def do_where(self, arg):
        for entry in self.stack:
            self.print_stack_entry(entry)
    do_w = do_bt = do_where

    def _move(self, steps):
        target = self.curindex + steps
        if target < 0:
            self.error('Oldest frame')
            return
        if target >= len(self.stack):
            self.error('Newest frame')
            return
        self.curindex = target
        self._list_next = None
        self.print_stack_entry(self.stack[self.curindex])

    def _count(self, arg):
        if not arg:
            return 1
        try:
            return int(arg)
        except ValueError:
            self.error('Invalid frame count ({})'.format(arg))
            return None

    def do_up(self, arg):
        count = self._count(arg)
        if count is not None:
            if self.curindex == 0:
                self.error('Oldest frame')
            else:
                self._move(-min(count, self.curindex))
    do_u = do_up

    def do_down(self, arg):
        count = self._count(arg)
        if count is not None:
            if self.curindex + 1 == len(self.stack):
                self.error('Newest frame')
            else:
                self._move(min(count, len(self.stack) - 1 - self.curindex))
    do_d = do_down

    def _print_lines(self, first, last):
        lines = self._source_lines(self.curframe)
        current = self.curlineno
        for lineno in range(first, min(last, len(lines)) + 1):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += ' '
            if lineno == current:
                s += '->'
            self.message(s + '\t' + lines[lineno - 1].rstrip())

    def do_list(self, arg):
        if arg:
            try:
                parts = [int(x) for x in arg.split(',')]
            except ValueError:
                self.error('Error in argument: {!r}'.format(arg))
                return
            first = parts[0]
            last = parts[1] if len(parts) > 1 else first + 10
            if len(parts) > 1 and last < first:
                last = first + last
        elif self._list_next is not None:
            first = self._list_next
            last = first + 10
        else:
            first = max(1, self.curlineno - 5)
            last = first + 10
        self._print_lines(first, last)
        if len(self._source_lines(self.curframe)) < last:
            self.message('[EOF]')
        self._list_next = last + 1
    do_l = do_list

    def do_longlist(self, arg):
        code = self.curframe.f_code
        lines = self._source_lines(self.curframe)
        first = code.co_firstlineno
        last = first
        if code.co_name != '<module>':
            # The function ends before the next line indented no deeper than its `def`.
            header = lines[first - 1]
            indent = len(header) - len(header.lstrip())
            last = first
            for lineno in range(first + 1, len(lines) + 1):
                text = lines[lineno - 1]
                if text.strip() and len(text) - len(text.lstrip()) <= indent:
                    break
                last = lineno
        else:
            first, last = 1, len(lines)
        while last > first and not lines[last - 1].strip():
            last -= 1
        self._print_lines(first, last)
    do_ll = do_longlist

    def do_args(self, arg):
        code = self.curframe.f_code
        names = code.co_varnames[:code.co_argcount]
        values = self.curframe.f_locals
        for name in names:
            if name in values:
                self.message('{} = {!r}'.format(name, values[name]))
            else:
                self.message('{} = *** undefined ***'.format(name))
    do_a = do_args

    def do_p(self, arg):
        if not arg:
            self.error('Argument required')
            return
        ok, value = self._getval(arg)
        if ok:
            self.message(repr(value))

    def do_pp(self, arg):
        self.do_p(arg)

    def do_whatis(self, arg):
        ok, value = self._getval(arg)
        if not ok:
            return
        kind = type(value)
        if callable(value) and hasattr(value, '__code__'):
            self.message('Function ' + value.__code__.co_name)
        elif isinstance(value, type):
            self.message('Class {}.{}'.format(value.__module__, value.__qualname__))
        else:
            self.message(str(kind))

    def do_quit(self, arg):
        return True
    do_q = do_exit = do_quit
    do_continue = do_quit
    do_c = do_cont = do_continue


def post_mortem(t=None):
    """Open the debugger on traceback `t` (default: the exception being handled)."""
    if t is None:
        exc = sys.exc_info()[1]
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError('A valid traceback must be passed if no exception is being handled')
    Pdb().interaction(None, t)


def pm():
    """Open the debugger on the last uncaught exception (`sys.last_traceback`)."""
    if not hasattr(sys, 'last_traceback') or sys.last_traceback is None:
        raise ValueError('no last traceback')
    post_mortem(sys.last_traceback)


def set_trace(*args, **kwargs):
    raise NotImplementedError('pdb.set_trace: stepping through running code is not available in Tessera; '
                              'use %debug (post-mortem) after the error')
