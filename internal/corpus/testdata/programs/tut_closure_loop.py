funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])
late = [lambda: j for j in range(3)]
print([f() for f in late])
