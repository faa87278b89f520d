packet = (b"\x01\x02"
          b"\x03")
print(packet, len(packet))
