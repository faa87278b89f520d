port = 22
rtt = 3.14159
print(f"{port:>5}|{port:<5}|{port:^5}|")
print(f"{rtt:.2f} {rtt:08.3f} {rtt:e}")
print(f"{255:x} {255:X} {255:#x} {255:08b} {255:o}")
print(f"{1234567:,} {1234567:_}")
