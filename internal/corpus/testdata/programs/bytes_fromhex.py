print(bytes.fromhex("deadbeef"))
print(bytes.fromhex("de ad be ef"))
print(bytes.fromhex(""))
print(len(bytes.fromhex("00" * 4)))
