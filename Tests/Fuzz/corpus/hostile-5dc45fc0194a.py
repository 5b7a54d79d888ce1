print((-1).to_bytes(1, "big", signed=True), int.from_bytes(b"\xff" * 20, "big", signed=True))
