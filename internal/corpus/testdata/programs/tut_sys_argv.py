import sys

args = sys.argv[1:]
print(len(args), args)
port = int(args[0]) if args else 8000
print("port", port)
