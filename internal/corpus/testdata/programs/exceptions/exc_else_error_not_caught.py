try:
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 // 0
except ZeroDivisionError:
    print("else's error goes out")
