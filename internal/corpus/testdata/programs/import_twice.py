import struct
import struct
from struct import pack
from struct import pack
print(pack("B", 1) == struct.pack("B", 1))
