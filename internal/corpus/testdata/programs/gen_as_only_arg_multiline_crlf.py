names = ["alpha", "beta", "gamma"]
total = sum(
    len(n)
    for n in names
    if n != "beta"
)
print(total)
