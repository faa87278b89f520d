def recv_all(n, chunk=4, parts=None):
    if parts is None:
        parts = []
    while n > 0:
        parts.append(min(chunk, n))
        n -= chunk
    return parts


print(recv_all(10))
print(recv_all(3, chunk=1))
