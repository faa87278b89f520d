print("before")
with ():
    print("inside")
