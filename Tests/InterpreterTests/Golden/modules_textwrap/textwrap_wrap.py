import textwrap

text = ("The quick brown fox jumps over the lazy dog. Machine learning is a well-known field; "
        "deep-learning models -- neural networks -- learn representations from data.  Self-driving "
        "cars, state-of-the-art results and e-mail are hyphenated words. Supercalifragilisticexpialidocious!")
for width in (10, 15, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('a\tb\tc  d\ne', 6), textwrap.wrap('a\tb\tc', 20, expand_tabs=False), textwrap.wrap('a\tb', 20, tabsize=4))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('line one\nline two', 40, replace_whitespace=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('aaaa-bbbb-cccc-dddd', 7), textwrap.wrap('---- ab--cd', 5))
print(textwrap.wrap('The end. A new one! Yes? "Quote." Next', 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('short text', 30, max_lines=1))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'), '|', textwrap.shorten(text, 60))
w = textwrap.TextWrapper(width=20, initial_indent='> ', subsequent_indent='>> ')
print(w.wrap('one two three four five six seven eight nine ten'))
w.width = 12
print(w.fill('one two three four five six'))
print(textwrap.wrap('12-34 ab-cd abc-def x-y 3-d re-entry', 4))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 4, max_lines=1, placeholder=' [...]'),
            lambda: textwrap.wrap(None, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
