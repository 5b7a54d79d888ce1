# datetime: strftime and strptime with the common directives, and now()/today() consistency.
from datetime import date, datetime, timedelta, timezone
import time

t = datetime(2024, 3, 5, 14, 7, 9, 42)
print(t.strftime("%Y-%m-%d %H:%M:%S.%f"), t.strftime("%d/%m/%y %I:%M %p"), t.strftime("%A %a %B %b %j %w %u"))
print(t.strftime("%c | %x | %X | %%"), t.strftime("%U %W %V %G"), date(2024, 12, 30).strftime("%U %W %V %G %j"))
print(date(2021, 1, 1).strftime("%a %d %b %Y %U %W %V %G"), datetime(2024, 1, 1, 0, 5).strftime("%I %p %H"))
print(f"{t:%Y/%m/%d}", f"{date(2020, 2, 29):%b %d}", format(t, ""), "{:%H:%M}".format(t))
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime("%z %Z"), t.strftime("[%z][%Z]"))
print(datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), repr(datetime.strptime("05/03/24", "%d/%m/%y")))
print(datetime.strptime("March 5, 2024 2:07 PM", "%B %d, %Y %I:%M %p"), datetime.strptime("Tue 5 mar 2024", "%a %d %b %Y"))
print(datetime.strptime("12:30:45.5", "%H:%M:%S.%f"), datetime.strptime("2024-060", "%Y-%j"), datetime.strptime("12 AM", "%I %p"))
print(datetime.strptime("2024-01-02T03:04:05+0100", "%Y-%m-%dT%H:%M:%S%z"), datetime.strptime("70", "%y"), datetime.strptime("68", "%y"))
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("x", "%Y")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print(e)
now = datetime.now()
today = date.today()
print(type(now).__name__, type(today).__name__, abs(now.date() - today) <= timedelta(days=1))
print(abs(datetime.now().timestamp() - time.time()) < 5, abs(datetime.fromtimestamp(time.time()) - datetime.now()) < timedelta(seconds=5))
stamp = datetime(2024, 6, 1, 12, 0).timestamp()
print(datetime.fromtimestamp(stamp), datetime.now(timezone.utc).tzinfo, (datetime.now(timezone.utc) - datetime.fromtimestamp(time.time(), timezone.utc)) < timedelta(seconds=5))
start = datetime(2024, 1, 1)
print([str(start + timedelta(days=7 * k)) for k in range(3)])
