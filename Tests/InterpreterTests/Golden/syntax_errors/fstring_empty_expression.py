x = f'value: {}'
