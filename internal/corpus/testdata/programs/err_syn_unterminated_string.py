print("ok")
msg = "hello
print(msg)
