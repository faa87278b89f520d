def parse(packet):
    assert len(packet) >= 4, f"short packet: {len(packet)} bytes"
    return packet[:4]


print(parse(b"abcd"))
print(parse(b"ab"))
