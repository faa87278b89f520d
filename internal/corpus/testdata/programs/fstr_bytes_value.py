data = b"GET / HTTP/1.0\r\n"
print(f"sent {data}")
print(f"{len(data)} bytes")
