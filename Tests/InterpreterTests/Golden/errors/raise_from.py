# raise ... from ...: the last traceback line is the new exception.
def load(config):
    try:
        return config['path']
    except KeyError as e:
        raise RuntimeError('config is missing "path"') from e
load({})
