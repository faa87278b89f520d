n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("tick", n)
print("done", n)
