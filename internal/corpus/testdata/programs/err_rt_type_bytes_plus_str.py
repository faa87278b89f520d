data = b"GET "
path = "/"
print(len(data))
request = data + path
