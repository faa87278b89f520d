d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f'''{d["key"] + 'x'}''')
