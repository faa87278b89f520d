total = 1 + \
        2
print(total)
name = "a" + \
       "b"
print(name)
