# datetime: date, datetime, timedelta construction, arithmetic, comparisons and reprs.
from datetime import date, datetime, timedelta, time, timezone
import datetime as dt

d = date(2024, 1, 31)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar()[:], d.toordinal())
print(d + timedelta(days=1), d - timedelta(days=31), date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(d.replace(day=1), date.fromordinal(738000), date.fromisoformat("2021-12-25"), d.ctime())
print(d < date(2024, 2, 1), d == date(2024, 1, 31), max(date(2020, 1, 1), date(2019, 5, 5)), sorted([date(2022, 1, 2), date(2021, 3, 4)]))
t = datetime(2024, 1, 2, 3, 4, 5)
print(t, repr(t), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 600)), repr(datetime(2024, 1, 2, 3)))
print(t.date(), t.time(), repr(t.time()), t.hour, t.minute, t.second, t.microsecond, t.isoformat(), t.isoformat(" "))
print(datetime(2024, 1, 2, 3, 4, 5, 123456).isoformat(), t.isoformat(timespec="minutes"), datetime(2024, 1, 2, 3, 4, 5, 123456).isoformat(timespec="milliseconds"))
print(t + timedelta(hours=23, minutes=56), t - timedelta(days=400), datetime(2024, 3, 1) - datetime(2024, 2, 28, 12))
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime.combine(date(2020, 5, 17), time(8, 30)))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.5"), datetime.fromisoformat("2024-05-06"))
print(t.replace(year=2000, second=0), t > datetime(2024, 1, 1), t == datetime(2024, 1, 2, 3, 4, 5), t.weekday(), t.ctime())
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(weeks=2), timedelta(milliseconds=1))
print(timedelta(days=2) * 3, timedelta(hours=1) / 4, timedelta(hours=3) / timedelta(minutes=30), timedelta(hours=3) // timedelta(minutes=45))
print(-td, abs(-td), timedelta(seconds=90) % timedelta(minutes=1), divmod(timedelta(seconds=100), timedelta(seconds=30)))
print(timedelta(days=1) == timedelta(hours=24), timedelta(minutes=1) < timedelta(seconds=61), bool(timedelta()), timedelta(days=3, hours=-72) == timedelta(0))
print(timedelta(seconds=1, microseconds=5), timedelta(days=-1, seconds=5), timedelta(microseconds=-1), 2 * timedelta(days=1, hours=12))
print(repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(13, 14, 15).isoformat(), str(time(1, 2, 3, 400)))
print(dt.MINYEAR, dt.MAXYEAR, date.min, date.max, datetime.min, timedelta.max, timedelta.min, timedelta.resolution)
utc = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(utc, repr(utc), utc.isoformat(), utc.utcoffset(), utc.tzname(), utc.timestamp())
plus2 = timezone(timedelta(hours=2))
print(datetime(2024, 1, 2, 5, 4, 5, tzinfo=plus2) == utc, repr(plus2), str(plus2), datetime(2024, 1, 2, tzinfo=plus2).isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.25, timezone.utc), datetime.utcfromtimestamp(86400))
print(datetime.fromisoformat("2024-05-06T07:08:09+05:30"), datetime.fromisoformat("2024-05-06T07:08:09Z").tzinfo)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 0)]:
    try:
        date(*bad)
    except ValueError as e:
        print(e)
try:
    datetime(2024, 1, 1, 24)
except ValueError as e:
    print(e)
try:
    datetime(2024, 1, 1) < utc
except TypeError as e:
    print(e)
try:
    date.fromisoformat("2024/01/01")
except ValueError as e:
    print(e)
