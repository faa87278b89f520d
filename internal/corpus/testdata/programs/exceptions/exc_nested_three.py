try:
    try:
        try:
            [][0]
        finally:
            print("f1")
    finally:
        print("f2")
except IndexError:
    print("caught")
