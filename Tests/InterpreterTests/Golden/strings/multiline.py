# Triple-quoted strings keep newlines and indentation.
text = """first
  second
third"""
print(text)
print(len(text.splitlines()))
doc = '''
leading newline'''
print(repr(doc))
def f():
    """A docstring is just an expression statement."""
    return 'body'
print(f())
s = """a\
b"""
print(s)
print("""She said "hi" and left""")
