# A small text task built on string constants.
import string
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        elif ch in upper:
            out.append(upper[(upper.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return ''.join(out)
secret = caesar('Hello, World!', 3)
print(secret, caesar(secret, -3))
print(sum(ch in string.punctuation for ch in 'a.b,c!'))
