d = {"msg": "it's \"quoted\""}
print(d)
print([d["msg"]])
print(str(d["msg"]))
