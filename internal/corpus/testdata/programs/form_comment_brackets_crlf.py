items = [  # open (
    "a",  # "quote
    "b",  # 'apostrophe
]  # close ]
print(items)  # ))
