def read_name(msg, off):
    labels = []
    while True:
        n = msg[off]
        if n == 0:
            off += 1
            break
        labels.append(msg[off + 1:off + 1 + n].decode())
        off += 1 + n
    return ".".join(labels), off


packet = b"\x03www\x07example\x03com\x00\x00\x01\x00\x01"
name, end = read_name(packet, 0)
print(name, end, packet[end:].hex())
