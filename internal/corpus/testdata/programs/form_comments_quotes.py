# a comment with 'single' and "double" quotes, and (brackets [ {
x = 1  # it's fine: ) ] }
# """ not a string
y = "# not a comment"  # but this is
print(x, y)  # print(it)
z = [
    1,  # one (
    2,  # two "
]
print(z)
