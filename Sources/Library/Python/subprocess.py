"""Running programs, as CPython's subprocess: run, check_output, check_call, call, CompletedProcess.

The child runs to its end (no Popen streaming). Output that is not captured is written to
sys.stdout/sys.stderr after the child ends, so in a notebook it appears in the cell.
"""

import sys
import _tessera_process

__all__ = ['run', 'call', 'check_call', 'check_output', 'getoutput', 'getstatusoutput', 'CompletedProcess',
           'CalledProcessError', 'SubprocessError', 'TimeoutExpired', 'PIPE', 'STDOUT', 'DEVNULL']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess(object):
    """A process that has finished running: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell, executable):
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        args = [args]
    else:
        args = list(args)
    if shell:
        return [executable or '/bin/sh', '-c'] + [str(a) for a in args]
    if executable:
        args[0] = executable
    return args


def _decode(data, text):
    if not text:
        return data
    return data.decode('utf-8', 'replace').replace('\r\n', '\n')


def _show(data, stream):
    if data:
        stream.write(data.decode('utf-8', 'replace'))


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, stdout=None, stderr=None,
        shell=False, cwd=None, env=None, text=None, universal_newlines=None, encoding=None, errors=None,
        executable=None, stdin=None, **other):
    """Run command with arguments and return a CompletedProcess instance."""
    if not popenargs:
        args = other.pop('args')
    else:
        args = popenargs[0]
    text = bool(text or universal_newlines or encoding or errors)
    if capture_output:
        if stdout is not None or stderr is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        stdout = stderr = PIPE
    if input is not None and isinstance(input, str):
        input = input.encode('utf-8')
    merge = stderr == STDOUT
    env_pairs = None if env is None else [(str(k), str(v)) for k, v in env.items()]
    if cwd is not None and hasattr(cwd, '__fspath__'):
        cwd = cwd.__fspath__()
    status, out, err, timed_out = _tessera_process.run(_argv(args, shell, executable), cwd, env_pairs, input, merge,
                                                       timeout)
    out_value = _decode(out, text) if stdout == PIPE else None
    err_value = _decode(err, text) if stderr == PIPE else None
    if stdout is None:
        _show(out, sys.stdout)
    if stderr is None:
        _show(err, sys.stderr)
    if timed_out:
        raise TimeoutExpired(args, timeout, out_value, err_value)
    if check and status:
        raise CalledProcessError(status, args, out_value, err_value)
    return CompletedProcess(args, status, out_value, err_value)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments. Wait for command to complete, then return the returncode."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on a non-zero exit status, else return 0."""
    run(*popenargs, check=True, **kwargs)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    """Return (exitcode, output) of executing cmd in a shell."""
    result = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT)
    data = result.stdout
    if data[-1:] == '\n':
        data = data[:-1]
    return result.returncode, data


def getoutput(cmd):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd)[1]


def _system(command):
    """os.system: run the command in a shell; its output goes to sys.stdout; return the wait status."""
    status, out, err, _ = _tessera_process.run(['/bin/sh', '-c', command], None, None, None, False, None)
    _show(out, sys.stdout)
    _show(err, sys.stderr)
    if status < 0:
        return -status
    return (status & 0xff) << 8
