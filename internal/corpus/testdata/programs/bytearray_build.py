packet = bytearray()
packet.append(0x45)
packet.extend(b"\x00\x00")
packet.extend([1, 2])
packet += b"\xff"
print(packet)
print(len(packet), packet[0], bytes(packet))
