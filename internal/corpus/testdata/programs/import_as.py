import struct as st
import binascii as ba
print(st.unpack("<I", b"\x01\x00\x00\x00"))
print(ba.unhexlify("414243"))
