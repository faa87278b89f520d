def fact(n):
    return n * fact(n - 1)


print(fact(0) if False else "start")
print(fact(5))
