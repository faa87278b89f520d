def describe(host, port=80):
    return f"{host}:{port}"


print(describe("a"))
print(describe("b", port=443))
