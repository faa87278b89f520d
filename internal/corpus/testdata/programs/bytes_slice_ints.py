hdr = b"\x45\x00\x00\x54\xab\xcd"
version = hdr[0] >> 4
ihl = hdr[0] & 0x0F
length = (hdr[2] << 8) | hdr[3]
print(version, ihl, length)
ident = hdr[4:6]
print(ident, ident.hex())
