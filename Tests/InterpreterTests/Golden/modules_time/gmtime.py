# time.gmtime and strftime for a fixed timestamp.
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)))
print(time.strftime('%Y-%m-%d', time.gmtime(1_000_000_000)))
