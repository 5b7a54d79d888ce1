"""Mathematical statistics: mean, median, mode, variance and standard deviation."""

import math

class StatisticsError(ValueError):
    pass

def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    return sum(data) / len(data)

def fmean(data):
    return float(mean(data))

def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2

def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError('no mode for empty data')
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in data:
        if counts[x] == best:
            return x

def _ss(data, c):
    return sum((x - c) ** 2 for x in data)

def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    c = mean(data) if xbar is None else xbar
    return _ss(data, c) / (len(data) - 1)

def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    c = mean(data) if mu is None else mu
    return _ss(data, c) / len(data)

def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))

def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))
