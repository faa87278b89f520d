def send(*parts, sep=b"", end=b"\n"):
    return sep.join(parts) + end


print(send(b"a", b"b", sep=b","))
args = [b"x", b"y"]
print(send(*args, end=b"!"))
