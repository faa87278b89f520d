import sys
sys.stdout.write("written\n")
print("printed")
sys.stdout.write("no newline")
