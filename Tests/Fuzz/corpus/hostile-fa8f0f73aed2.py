print(round(2.5, 2**63), round(2.5, -2**63), round(12345, -2**63))
