flags = 0b10110
names = ["FIN", "SYN", "RST", "PSH", "ACK"]
print([n for i, n in enumerate(names) if flags & (1 << i)])
print(bin(flags).count("1"), flags.bit_length())
