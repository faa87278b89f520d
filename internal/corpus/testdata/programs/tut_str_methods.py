line = "  Content-Type: text/html  \r\n"
print(repr(line.strip()))
key, _, value = line.strip().partition(": ")
print(key.lower(), value.upper())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1))
print("x".join(["1", "2"]), "hello".replace("l", "L"), "hello".find("l"), "hello".rfind("l"))
print("Hello".startswith("He"), "file.txt".endswith((".txt", ".md")))
print("abc".upper(), "ABC".lower(), "hello world".title(), "hi".capitalize())
print("42".isdigit(), "ab".isalpha(), "  ".isspace(), "Ab1".isalnum())
