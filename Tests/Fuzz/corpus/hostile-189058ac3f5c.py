x = (-1).to_bytes(1, "big")
