print("never")
print "hello"
