# An exception raised inside a generator propagates to the consumer.
def gen():
    yield 1
    raise ValueError('generator failed')
for v in gen():
    print(v)
