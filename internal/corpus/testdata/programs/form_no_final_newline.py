print("first")
print("no newline at end")