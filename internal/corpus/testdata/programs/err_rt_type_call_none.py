handler = None
print("dispatch")
handler()
