data = b"a=1;b=2;c=3"
start = 0
while True:
    i = data.find(b";", start)
    if i == -1:
        print(data[start:])
        break
    print(data[start:i])
    start = i + 1
