import sys; print(hash(float(2**63)), hash(1e300), hash(-0.0))
