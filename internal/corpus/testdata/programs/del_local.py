def f():
    tmp = [1, 2]
    total = sum(tmp)
    del tmp
    return total


print(f())
