# Order of try / except / else / finally.
def run(fail):
    try:
        print('  try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        print('  except', e)
    else:
        print('  else')
    finally:
        print('  finally')
    print('  after')
print('no failure:')
run(False)
print('failure:')
run(True)
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
