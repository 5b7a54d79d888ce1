"""Command-line parsing: ArgumentParser with positional and optional arguments, type, default,
choices, nargs, the store/store_const/store_true/store_false/append/append_const/count/extend/
help/version actions, argument groups and mutually exclusive groups. Help, usage and error
output follow CPython's layout; errors print the usage and `prog: error: ...` on stderr and exit
with status 2. Sub-commands (add_subparsers) are not available."""

import sys as _sys
from argparse._formatting import (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
                                  ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter, SUPPRESS, OPTIONAL,
                                  ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER, _argument_name)
from argparse._actions import (Namespace, ArgumentError, ArgumentTypeError, Action, BooleanOptionalAction,
                               FileType, _ACTIONS)

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']


def _looks_negative(text):
    """'-5', '-.5', '-1.25': CPython's ^-\\d+$|^-\\d*\\.\\d+$."""
    if len(text) < 2 or text[0] != '-':
        return False
    body = text[1:]
    if body.isdigit() and body.isascii():
        return True
    whole, dot, fraction = body.partition('.')
    return bool(dot) and (whole == '' or (whole.isdigit() and whole.isascii())) and fraction.isdigit() and fraction.isascii()


def _count_range(nargs):
    """(least, most) argument strings an nargs value takes; most None is unbounded."""
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs == ZERO_OR_MORE:
        return 0, None
    if nargs == ONE_OR_MORE or nargs == PARSER:
        return 1, None
    if nargs == REMAINDER:
        return 0, None
    if nargs == SUPPRESS:
        return 0, 0
    return nargs, nargs


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, option_string, ..., name=value, ...)"""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, str) or action_name is None \
            else action_name
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type if action.type is not None else (lambda x: x)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (type_func,))
        try:
            HelpFormatter(prog='', width=80)._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        conflicts = [s for s in action.option_strings if s in self._option_string_actions]
        if conflicts:
            if self.conflict_handler == 'resolve':
                for option_string in conflicts:
                    other = self._option_string_actions.pop(option_string)
                    other.option_strings.remove(option_string)
                    if not other.option_strings:
                        other.container._remove_action(other)
            else:
                message = 'conflicting option string%s: %s' % ('s' if len(conflicts) > 1 else '', ', '.join(conflicts))
                raise ArgumentError(action, message)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _looks_negative(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group adds to its parser's tables: one namespace of options for the whole parser.
        self._container = container
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars, argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            argv = getattr(_sys, 'argv', None) or ['']
            prog = str(argv[0]).replace('\\', '/').rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not (isinstance(action, Action) and type(action).__name__ == '_HelpAction' and add_help):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return 'ArgumentParser(%s)' % ', '.join('%s=%r' % (name, getattr(self, name)) for name in names)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        raise NotImplementedError('argparse sub-commands (add_subparsers) are not available in Tessera')

    # Parsing
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = list(_sys.argv[1:])
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                return self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        return self._parse_known_args(args, namespace)

    def parse_intermixed_args(self, args=None, namespace=None):
        raise NotImplementedError('ArgumentParser.parse_intermixed_args is not available in Tessera')

    def _classify(self, arg_strings):
        """Per argument string: ('O', action, option_string, explicit_arg) or ('A',)."""
        kinds = []
        after_dashes = False
        for text in arg_strings:
            if after_dashes:
                kinds.append(('A',))
            elif text == '--':
                after_dashes = True
                kinds.append(('-',))
            else:
                parsed = self._parse_optional(text)
                kinds.append(('A',) if parsed is None else ('O',) + parsed)
        return kinds

    def _parse_optional(self, text):
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._option_string_actions:
            return self._option_string_actions[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            option_string, _, explicit = text.partition('=')
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit
        matches = self._option_prefix_matches(text)
        if len(matches) > 1:
            options = ', '.join(option_string for _, option_string, _ in matches)
            # CPython exits here even when exit_on_error is False.
            self.error('ambiguous option: %s could match %s' % (text, options))
        if len(matches) == 1:
            return matches[0]
        if _looks_negative(text) and not self._has_negative_number_optionals:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _option_prefix_matches(self, text):
        chars = self.prefix_chars
        results = []
        if len(text) > 1 and text[0] in chars and text[1] in chars:
            if not self.allow_abbrev:
                return results
            prefix, _, explicit = text.partition('=')
            explicit = explicit if '=' in text else None
            for option_string, action in self._option_string_actions.items():
                if option_string.startswith(prefix):
                    results.append((action, option_string, explicit))
        elif text[0] in chars and text[1] not in chars:
            short = text[:2]
            rest = text[2:]
            for option_string, action in self._option_string_actions.items():
                if option_string == short:
                    results.append((action, option_string, rest))
                elif self.allow_abbrev and option_string.startswith(text):
                    results.append((action, option_string, None))
        return results

    def _parse_known_args(self, arg_strings, namespace):
        return _Parse(self, arg_strings, self._classify(arg_strings), namespace).run()

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    # Help and errors
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message on stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})


class _Parse:
    """One parse_known_args run: options and positionals consumed in CPython's order."""

    def __init__(self, parser, arg_strings, kinds, namespace):
        self.parser = parser
        self.arg_strings = arg_strings
        self.kinds = kinds
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = [a for a in parser._actions if not a.option_strings]
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                others = self.conflicts.setdefault(id(action), [])
                others.extend(group._group_actions[:i])
                others.extend(group._group_actions[i + 1:])

    def take_action(self, action, argument_strings, option_string=None):
        self.seen.add(id(action))
        values = self.parser._get_values(action, argument_strings)
        if values is not action.default:
            self.seen_non_default.add(id(action))
            for other in self.conflicts.get(id(action), []):
                if id(other) in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s' % _argument_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def run_of_arguments(self, start, markers=False):
        """How many argument strings follow `start` before the next option (before the next
        option or '--' when markers is False)."""
        end = start
        while end < len(self.kinds) and (self.kinds[end][0] == 'A' or (markers and self.kinds[end][0] == '-')):
            end += 1
        return end - start

    def consume_optional(self, start):
        _, action, option_string, explicit = self.kinds[start]
        chars = self.parser.prefix_chars
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start])
                return start + 1
            least, most = _count_range(action.nargs)
            if explicit is not None:
                if most == 0 and option_string[1] not in chars and explicit != '':
                    # -xyz: the flag -x, then -y and -z.
                    self.take_action(action, [], option_string)
                    option_string = option_string[0] + explicit[0]
                    explicit = explicit[1:] or None
                    if option_string in self.parser._option_string_actions:
                        action = self.parser._option_string_actions[option_string]
                        continue
                    raise ArgumentError(action, 'ignored explicit argument %r' % (explicit or option_string[1:]))
                if least <= 1 and (most is None or most >= 1):
                    self.take_action(action, [explicit], option_string)
                    return start + 1
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            available = len(self.kinds) - start - 1 if action.nargs == REMAINDER else self.run_of_arguments(start + 1)
            count = available if most is None else min(most, available)
            if count < least:
                messages = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                            ONE_OR_MORE: 'expected at least one argument'}
                message = messages.get(action.nargs)
                if message is None:
                    message = '%s argument%s' % (action.nargs, 's' if action.nargs != 1 else '')
                    message = 'expected ' + message
                raise ArgumentError(action, message)
            self.take_action(action, self.arg_strings[start + 1:start + 1 + count], option_string)
            return start + 1 + count

    def consume_positionals(self, start):
        run = self.run_of_arguments(start, markers=True)
        available = sum(1 for kind in self.kinds[start:start + run] if kind[0] == 'A')
        counts = self.match_partial(available, start)
        end_of_run = start + run
        for index, (action, count) in enumerate(zip(self.positionals, counts)):
            # Like CPython's patterns (-*A-*): an argument takes the '--' markers before and
            # after its strings.
            stop = start
            taken = 0
            limit = len(self.kinds) if action.nargs == REMAINDER else end_of_run
            while stop < limit and (taken < count or self.kinds[stop][0] == '-'):
                if self.kinds[stop][0] == 'A':
                    if taken == count:
                        break
                    taken += 1
                stop += 1
            self.take_action(action, self.arg_strings[start:stop])
            start = stop
        self.positionals = self.positionals[len(counts):]
        return start

    def match_partial(self, available, start):
        """Counts for the longest prefix of the positionals that the next `available` arguments
        can fill, each taking as many as it can (regular-expression greediness)."""
        for n in range(len(self.positionals), 0, -1):
            actions = self.positionals[:n]
            ranges = [_count_range(a.nargs) for a in actions]
            if any(a.nargs == REMAINDER for a in actions):
                total = len(self.kinds) - start
            else:
                total = available
            if sum(least for least, _ in ranges) > total:
                continue
            counts = []
            remaining = total
            for i, (least, most) in enumerate(ranges):
                need_after = sum(l for l, _ in ranges[i + 1:])
                take = remaining - need_after if most is None else min(most, remaining - need_after)
                counts.append(take)
                remaining -= take
            return counts
        return []

    def run(self):
        option_indices = [i for i, kind in enumerate(self.kinds) if kind[0] == 'O']
        max_option_index = max(option_indices) if option_indices else -1
        start = 0
        while start <= max_option_index:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                self.extras.extend(self.arg_strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.arg_strings[stop:])
        parser = self.parser
        namespace = self.namespace
        required = []
        for action in parser._actions:
            if id(action) not in self.seen:
                if action.required:
                    required.append(_argument_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, parser._get_value(action, action.default))
        if required:
            parser.error('the following arguments are required: %s' % ', '.join(required))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(id(a) in self.seen_non_default for a in group._group_actions):
                names = [_argument_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, self.extras
