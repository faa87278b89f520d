for i in range(2):
    print(i)
    # comment after body
print("after")
