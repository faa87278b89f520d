def checksum(data):
    total = 0
    for i in range(0, len(data) - 1, 2):
        total += (data[i] << 8) + data[i + 1]
    if len(data) % 2:
        total += data[-1] << 8
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


hdr = bytearray(8)
hdr[0] = 8
hdr[6] = 0x12
print(hex(checksum(hdr)))
print(checksum(b"\x45\x00\x00\x1c"))
