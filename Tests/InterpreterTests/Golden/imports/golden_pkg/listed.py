"""A module that says what dir() lists (PEP 562's module __dir__), hiding its helper import."""
import math

visible = 1
hidden_helper = 2

def __dir__():
    return ['visible', 'zeta', 'alpha']
