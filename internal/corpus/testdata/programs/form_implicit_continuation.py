result = max(
    3,
    7,
    5,
)
values = [
    1, 2,
    3,
]
pairs = {
    "a": 1,

    "b": 2,
}
print(result, values, pairs)
print((1 +
       2))
