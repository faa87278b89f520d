import sys
print(len(sys.argv))
port = sys.argv[1]
