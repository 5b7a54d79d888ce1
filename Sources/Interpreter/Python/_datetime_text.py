"""strftime and strptime for the datetime module, with the C locale's names and formats."""

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _offset_text(offset, sep=''):
    if offset is None:
        return ''
    sign = '+'
    total = offset.days * 86400 + offset.seconds
    us = offset.microseconds
    if total < 0:
        sign = '-'
        total = -total - (1 if us else 0)
        us = (1000000 - us) % 1000000
    hh, rest = divmod(total, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        text += '%s%02d' % (sep, ss)
        if us:
            text += '.%06d' % us
    return text


def strftime(value, fmt):
    """Format a date or datetime as C's strftime in the C locale does, with %f, %z and %Z as Python."""
    hour = getattr(value, 'hour', 0)
    minute = getattr(value, 'minute', 0)
    second = getattr(value, 'second', 0)
    microsecond = getattr(value, 'microsecond', 0)
    weekday = value.weekday()
    yday = value.toordinal() - type(value)(value.year, 1, 1).toordinal() + 1 if not hasattr(value, 'hour') \
        else value.date().toordinal() - value.date().replace(month=1, day=1).toordinal() + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'Y':
            out.append('%d' % value.year if value.year >= 1000 else '%d' % value.year)
        elif d == 'm':
            out.append('%02d' % value.month)
        elif d == 'd':
            out.append('%02d' % value.day)
        elif d == 'e':
            out.append('%2d' % value.day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % microsecond)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'y':
            out.append('%02d' % (value.year % 100))
        elif d == 'C':
            out.append('%02d' % (value.year // 100))
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[value.month - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[value.month - 1])
        elif d == 'a':
            out.append(_DAYS[weekday][:3])
        elif d == 'A':
            out.append(_DAYS[weekday])
        elif d == 'w':
            out.append('%d' % ((weekday + 1) % 7))
        elif d == 'u':
            out.append('%d' % (weekday + 1))
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif d == 'V':
            out.append('%02d' % value.isocalendar()[1])
        elif d == 'G':
            out.append('%d' % value.isocalendar()[0])
        elif d == 'c':
            out.append(strftime(value, '%a %b %e %H:%M:%S %Y'))
        elif d == 'x':
            out.append(strftime(value, '%m/%d/%y'))
        elif d == 'X':
            out.append(strftime(value, '%H:%M:%S'))
        elif d == 'D':
            out.append(strftime(value, '%m/%d/%y'))
        elif d == 'F':
            out.append(strftime(value, '%Y-%m-%d'))
        elif d == 'T':
            out.append(strftime(value, '%H:%M:%S'))
        elif d == 'R':
            out.append(strftime(value, '%H:%M'))
        elif d == 'z':
            out.append(_offset_text(value.utcoffset()) if hasattr(value, 'utcoffset') else '')
        elif d == 'Z':
            name = value.tzname() if hasattr(value, 'tzname') else None
            out.append(name or '')
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _number(text, i, digits, what):
    j = i
    while j < len(text) and j - i < digits and text[j].isdigit():
        j += 1
    if j == i:
        return None, i
    return int(text[i:j]), j


def _name(text, i, names):
    """The index of the longest name (full or three-letter, any case) at text[i:]."""
    lower = text[i:].lower()
    best = None
    for index, name in enumerate(names):
        for candidate in (name.lower(), name[:3].lower()):
            if lower.startswith(candidate) and (best is None or len(candidate) > best[1]):
                best = (index, len(candidate))
    if best is None:
        return None, i
    return best[0], i + best[1]


def strptime(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) parsed from text by format."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    fields = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0, 'microsecond': 0}
    pm = None
    tz = None
    i = 0
    k = 0
    n = len(fmt)

    def fail():
        raise ValueError("time data %r does not match format %r" % (text, fmt))

    while k < n:
        c = fmt[k]
        k += 1
        if c.isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            continue
        if c != '%' or k >= n:
            if i < len(text) and text[i] == c:
                i += 1
                continue
            fail()
        d = fmt[k]
        k += 1
        value = None
        if d in 'YmdHIMSjyf':
            width = {'Y': 4, 'f': 6, 'j': 3}.get(d, 2)
            start = i
            value, i = _number(text, i, width, d)
            if value is None:
                fail()
            if d == 'Y':
                fields['year'] = value
            elif d == 'y':
                fields['year'] = value + (2000 if value < 69 else 1900)
            elif d == 'm':
                fields['month'] = value
            elif d == 'd':
                fields['day'] = value
            elif d == 'H':
                fields['hour'] = value
            elif d == 'I':
                fields['hour'] = value % 12
                if pm is None:
                    pm = False
            elif d == 'M':
                fields['minute'] = value
            elif d == 'S':
                fields['second'] = value
            elif d == 'j':
                fields['yday'] = value
            if d == 'f':
                # Fewer than six digits are a fraction: "5" is 500000 microseconds.
                fields['microsecond'] = value * 10 ** (6 - (i - start))
            if d in 'mdHIMS' and not _in_range(d, value):
                fail()
        elif d in 'bB':
            value, i = _name(text, i, _MONTHS)
            if value is None:
                fail()
            fields['month'] = value + 1
        elif d in 'aA':
            value, i = _name(text, i, _DAYS)
            if value is None:
                fail()
        elif d == 'p':
            word = text[i:i + 2].upper()
            if word not in ('AM', 'PM'):
                fail()
            pm = word == 'PM'
            i += 2
        elif d == 'z':
            tz, i = _parse_offset(text, i, fail)
        elif d == '%':
            if text[i:i + 1] != '%':
                fail()
            i += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    if i != len(text):
        raise ValueError("unconverted data remains: %s" % text[i:])
    if pm:
        fields['hour'] += 12
    if 'yday' in fields:
        import datetime
        first = datetime.date(fields['year'], 1, 1).toordinal()
        day = datetime.date.fromordinal(first + fields['yday'] - 1)
        fields['month'], fields['day'] = day.month, day.day
    return (fields['year'], fields['month'], fields['day'], fields['hour'], fields['minute'], fields['second'],
            fields['microsecond'], tz)


def _in_range(d, value):
    low, high = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'I': (1, 12), 'M': (0, 59), 'S': (0, 61)}[d]
    return low <= value <= high


def _parse_offset(text, i, fail):
    import datetime
    if text[i:i + 1] == 'Z':
        return datetime.timezone.utc, i + 1
    if text[i:i + 1] not in ('+', '-'):
        fail()
    sign = -1 if text[i] == '-' else 1
    j = i + 1
    digits = ''
    while j < len(text) and (text[j].isdigit() or text[j] == ':'):
        digits += text[j]
        j += 1
    digits = digits.replace(':', '')
    if len(digits) not in (4, 6):
        fail()
    offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]),
                                seconds=int(digits[4:6] or 0))
    return datetime.timezone(sign * offset), j


def parse_isoformat_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError('bad date')


def parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time such as 12:30:45.123+01:00."""
    import datetime as _datetime
    tz = None
    for sign_char in ('+', '-', 'Z'):
        k = s.find(sign_char)
        if k > 0:
            tzpart, s = s[k:], s[:k]
            if tzpart == 'Z':
                tz = _datetime.timezone.utc
            else:
                sign = -1 if tzpart[0] == '-' else 1
                fields = parse_hms(tzpart[1:])
                offset = _datetime.timedelta(hours=fields[0], minutes=fields[1], seconds=fields[2], microseconds=fields[3])
                tz = _datetime.timezone.utc if not offset else _datetime.timezone(sign * offset)
            break
    return parse_hms(s) + (tz,)


def parse_hms(s):
    frac = 0
    for sep in '.,':
        if sep in s:
            s, digits = s.split(sep, 1)
            if not digits.isdigit():
                raise ValueError('bad fraction')
            frac = int((digits + '000000')[:6])
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        raise ValueError('bad time')
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], frac
