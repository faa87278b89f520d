try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError:
    print("ConnectionError first")
except ConnectionRefusedError:
    print("not reached")
