import sys


def main():
    print("usage: prog HOST PORT")
    return 2


sys.exit(main())
