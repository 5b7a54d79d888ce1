import logging
import sys

# The default configuration writes to stderr; route it to stdout to record it.
logging.basicConfig(stream=sys.stdout)
logging.warning('disk %s is %d%% full', '/dev/sda1', 93)
logging.info('not shown: the root level is WARNING')
logging.error('error %s', 'happened')
logging.critical('critical!')
logging.debug('not shown')
logging.basicConfig(stream=sys.stdout, format='ignored: already configured')
logging.warning('still %(kind)s format', {'kind': 'the default'})
root = logging.getLogger()
print(root.name, root.level, logging.getLevelName(root.getEffectiveLevel()), len(root.handlers), root is logging.root)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)-8s %(name)s | %(message)s', force=True)
log = logging.getLogger('train')
log.debug('epoch %d loss %.3f', 1, 0.123456)
log.info('learning rate %s', 1e-3)
log.warning('warn')
log.error('err')
log.critical('crit')
log.log(25, 'custom level 25')
logging.addLevelName(25, 'NOTICE')
log.log(25, 'named level 25')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33), logging.getLevelName('INFO'))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.WARN, logging.FATAL)

child = logging.getLogger('train.model.layers')
print(child.name, child.parent.name, child.getEffectiveLevel())
mid = logging.getLogger('train.model')
print(child.parent.name, mid.parent.name, logging.getLogger('train') is log, log.getChild('model') is mid)
child.info('from the child')
log.setLevel(logging.WARNING)
child.info('hidden by the parent level')
child.warning('shown')
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR), log.level, child.level)
log.setLevel('INFO')
child.info('level by name')

fmt = logging.Formatter('[%(name)s] %(levelname)s: %(message)s')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(fmt)
quiet = logging.getLogger('quiet')
quiet.addHandler(handler)
quiet.propagate = False
quiet.warning('only my handler')
handler.setLevel(logging.ERROR)
quiet.warning('handler level filters this')
quiet.error('but not this')
print(quiet.hasHandlers(), logging.getLogger('other').hasHandlers())
quiet.removeHandler(handler)
print(quiet.handlers)

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter('{levelname}/{name}: {message}', style='{'))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter('$levelname ${name}: $message', style='$'))
styled = logging.getLogger('styled')
styled.propagate = False
styled.addHandler(brace)
styled.addHandler(dollar)
styled.warning('styles %s', 'work')

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
f_logger = logging.getLogger('filtered')
f_logger.addFilter(OnlyEven())
for i in range(4):
    f_logger.warning('number %d', i)
named = logging.getLogger('a.b')
handler2 = logging.StreamHandler(sys.stdout)
handler2.addFilter(logging.Filter('a.b.c'))
named.addHandler(handler2)
named.propagate = False
named.warning('filtered out by name')
logging.getLogger('a.b.c').warning('passes the name filter')
extra = logging.getLogger('extra')
extra.propagate = False
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter('%(user)s did %(message)s'))
extra.addHandler(h3)
extra.warning('a thing', extra={'user': 'ann'})
adapter = logging.LoggerAdapter(extra, {'user': 'bob'})
adapter.warning('another thing')
record = logging.makeLogRecord({'msg': 'hello %s', 'args': ('world',), 'levelno': 30, 'levelname': 'WARNING', 'name': 'x'})
print(record.getMessage(), logging.Formatter('%(levelname)s %(message)s').format(record))
logging.disable(logging.ERROR)
log.error('disabled')
log.critical('critical passes')
logging.disable(logging.NOTSET)
print(repr(log), repr(logging.root), repr(logging.StreamHandler(sys.stdout).level))
try:
    log.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(stream=sys.stdout, force=True, bogus=1)
except ValueError as e:
    print('ValueError', e)
try:
    raise KeyError('boom')
except KeyError:
    exc_logger = logging.getLogger('exc')
    exc_logger.propagate = False
    h4 = logging.StreamHandler(sys.stdout)
    class LastLine(logging.Formatter):
        # The full traceback names the script by its absolute path in CPython.
        def formatException(self, exc_info):
            return 'caught ' + repr(exc_info[1])
    h4.setFormatter(LastLine('%(levelname)s %(message)s'))
    exc_logger.addHandler(h4)
    exc_logger.exception('failed')
