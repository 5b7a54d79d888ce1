# string module constants.
import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(list(enumerate(string.ascii_lowercase))[:5])
print(string.capwords('hello   big world'))
