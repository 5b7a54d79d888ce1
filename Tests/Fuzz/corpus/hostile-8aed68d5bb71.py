x = (2**1000).to_bytes(10, "big")
