names = ["é", "b"]
print(names)
print(names[0], "été"[5])
