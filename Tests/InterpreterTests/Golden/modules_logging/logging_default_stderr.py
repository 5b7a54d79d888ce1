import logging
import sys
import io

# With no configuration, warnings and above go to sys.stderr as LEVEL:name:message.
captured = io.StringIO()
saved = sys.stderr
sys.stderr = captured
logging.getLogger('app').warning('no handlers: the last resort prints %s', 'the message alone')
logging.getLogger('app').info('not shown')
logging.warning('the root configures itself: %d', 1)
logging.info('not shown')
logging.error('again')
logging.getLogger('app').error('now through the root handler')
sys.stderr = saved
print(repr(captured.getvalue()))
