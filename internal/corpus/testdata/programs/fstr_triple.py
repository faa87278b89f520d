host = "localhost"
port = 25
msg = f"""HELO {host}
PORT {port}
END"""
print(msg)
