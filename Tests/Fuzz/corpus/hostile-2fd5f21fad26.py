print((2**1000).bit_length(), (2**1000).to_bytes(126, "big")[:2])
