path = "dir"
print(rf"{path}\n")
print(fr"\t{path}")
