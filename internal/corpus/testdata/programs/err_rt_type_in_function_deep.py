def build(parts):
    out = ""
    for p in parts:
        out += p
    return out


def main():
    print(build(["a", "b"]))
    print(build(["a", 1]))


main()
