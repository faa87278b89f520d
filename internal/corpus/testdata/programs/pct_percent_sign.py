done = 42
print("%d%% done" % done)
print("100%")
