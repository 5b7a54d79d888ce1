# Encoding and decoding follow CPython: errors, messages, handlers.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except (UnicodeError, LookupError) as e:
        print(label, type(e).__name__ + ":", ascii(str(e)))
        if isinstance(e, UnicodeError):
            print("   ", e.encoding, ascii(e.object), e.start, e.end, e.reason)

attempt("ascii", lambda: "\u00e9".encode("ascii"))
attempt("ascii run", lambda: "ab\u00e9\u00e8c\u00ea".encode("ascii"))
attempt("latin-1", lambda: "\u20ac".encode("latin-1"))
attempt("latin-1 ok", lambda: "caf\u00e9".encode("latin-1"))
attempt("astral", lambda: "x\U0001F600".encode("ascii"))
attempt("ignore", lambda: "a\u00e9b\u20acc".encode("ascii", "ignore"))
attempt("replace", lambda: "a\u00e9b\u20acc".encode("ascii", "replace"))
attempt("backslash", lambda: "a\u00e9b\u20acc\U0001F600".encode("ascii", "backslashreplace"))
attempt("xmlchar", lambda: "a\u00e9\U0001F600".encode("ascii", errors="xmlcharrefreplace"))
attempt("utf8", lambda: "a\u00e9\U0001F600".encode())
attempt("utf_8 alias", lambda: "\u00e9".encode("UTF_8"))
attempt("unknown codec", lambda: "x".encode("klingon"))
attempt("unknown handler", lambda: "\u00e9".encode("ascii", "shrug"))
attempt("bad start", lambda: b"\xff".decode())
attempt("bad start mid", lambda: b"ab\x80cd".decode("utf-8"))
attempt("truncated", lambda: b"a\xe2\x82".decode())
attempt("bad continuation", lambda: b"\xe2\x28\xa1".decode())
attempt("bad continuation 4", lambda: b"\xf0\x9f\x98\x28".decode())
attempt("overlong", lambda: b"\xc0\xaf".decode())
attempt("surrogate bytes", lambda: b"\xed\xa0\x80".decode())
attempt("too big", lambda: b"\xf4\x90\x80\x80".decode())
attempt("replace", lambda: b"a\xffb\xe2\x82c\xf0\x9f\x98".decode("utf-8", "replace"))
attempt("ignore", lambda: b"a\xffb\xe2\x82c".decode("utf-8", "ignore"))
attempt("backslash", lambda: b"a\xffb\xe2\x82c".decode("utf-8", "backslashreplace"))
attempt("ascii decode", lambda: b"ok\xe9".decode("ascii"))
attempt("ascii replace", lambda: b"ok\xe9\xff".decode("ascii", "replace"))
attempt("latin-1 decode", lambda: b"caf\xe9\xff".decode("latin-1"))
attempt("str()", lambda: str(b"caf\xc3\xa9", "utf-8"))
attempt("str() errors", lambda: str(b"caf\xff", "utf-8", "replace"))
attempt("str() strict", lambda: str(b"caf\xff", encoding="utf-8"))
attempt("valid", lambda: b"\xf0\x9f\x98\x80 \xc3\xa9".decode())
attempt("round trip", lambda: "\u00e9\u20ac\U0001F600".encode("utf-8").decode("utf-8") == "\u00e9\u20ac\U0001F600")
try:
    "\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeError), e.args[:2])
try:
    b"\xff".decode()
except ValueError as e:
    print(type(e).__name__, e.args[0], e.args[2:])
