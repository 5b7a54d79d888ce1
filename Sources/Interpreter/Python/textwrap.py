"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the TextWrapper behind them.

CPython splits text into chunks with regular expressions; this module scans the characters
itself (the `re` module belongs to Tessera's library, not to the interpreter), with the same
rules: whitespace runs, words, and words broken after a hyphen between letters."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_punctuation_before_dash = '!"\'&.,?'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # Python's [^\d\W]: word characters that are not digits.
    return _is_word_char(c) and not c.isdigit()


def _split_word(word):
    """Splits one run of non-whitespace into chunks: after a hyphen that has two letters (or
    letter-hyphen-letter) before it and letter, optional hyphen, letter after it; and around an
    em-dash (two or more hyphens between word characters)."""
    chunks = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        c = word[i]
        if c == '-':
            # An em-dash chunk: '--' (or longer) after a word or punctuation character and
            # before a word character.
            run_end = i
            while run_end < n and word[run_end] == '-':
                run_end += 1
            if (run_end - i >= 2 and i > 0 and (_is_word_char(word[i - 1]) or word[i - 1] in _punctuation_before_dash)
                    and run_end < n and _is_word_char(word[run_end])):
                if i > start:
                    chunks.append(word[start:i])
                chunks.append(word[i:run_end])
                start = i = run_end
                continue
            if i > start:
                before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
                         (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
                after = i + 2 < n + 0 and _is_letter(word[i + 1]) and (
                    _is_letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and _is_letter(word[i + 3])))
                if before and after:
                    chunks.append(word[start:i + 1])
                    start = i = i + 1
                    continue
        i += 1
    if start < n:
        chunks.append(word[start:])
    return chunks


class TextWrapper:
    """Wraps paragraphs to `width` columns; the keyword arguments are CPython's."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(_split_word(text[i:j]))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # A chunk ending in lowercase letter, sentence punctuation and an optional quote,
        # followed by one space, gets two spaces.
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and _ends_sentence(chunk):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks = list(reversed(chunks))
        while chunks:
            line = []
            length = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Leading whitespace of every line but the first goes.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(len(chunk) for chunk in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and length <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most `width` characters, no newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string with newlines."""
        return '\n'.join(self.wrap(text))


def _ends_sentence(chunk):
    end = len(chunk)
    if end and chunk[end - 1] in '"\'':
        end -= 1
    return end >= 2 and chunk[end - 1] in '.!?' and 'a' <= chunk[end - 2] <= 'z'


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`; lines of only spaces and
    tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None or indent.startswith(margin):
            if margin is None:
                margin = indent
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while common < len(margin) and common < len(indent) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` for which `predicate` is true (by default, the lines
    that are not only whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
