print("start")
doc = """never
closed
print(doc)
