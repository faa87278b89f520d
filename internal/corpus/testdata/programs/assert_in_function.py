def checked(data):
    assert len(data) >= 4, "short packet"
    return data[:4]


print(checked(b"abcdef"))
