host = "127.0.0.1"
port = 8080
print(f"connecting to {host}:{port}")
print(f"{port + 1}")
