import struct


def main():
    print(struct.pack(">b", -1))


if __name__ == "__main__":
    main()
