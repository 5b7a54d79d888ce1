import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent('''\
    def f():
        return 1
    '''))
show(textwrap.dedent('  a\n    b\n  c'))
show(textwrap.dedent('  a\n\t b\n'))
show(textwrap.dedent('    a\n  \n      b\n    \n'))
show(textwrap.dedent('no indent\n  indented'))
show(textwrap.dedent('\t\tx\n\t\ty'))
show(textwrap.dedent(''))
show(textwrap.dedent('   \n   '))
show(textwrap.dedent('  hello\r\n  world\r\n'))
show(textwrap.dedent(' \t a\n \t b\n   c'))

show(textwrap.indent('a\nb\n\nc\n', '> '))
show(textwrap.indent('a\n  \nb', '+ '))
show(textwrap.indent('a\n  \nb', '+ ', lambda line: True))
show(textwrap.indent('one\r\ntwo\rthree', '# '))
show(textwrap.indent('', 'x'))
show(textwrap.indent('x\ny', '--', predicate=lambda l: l.startswith('y')))
