doc = """line one
  line "two"
line 'three'"""
print(doc)
print(doc.count("\n"))
s = '''a
b'''
print(repr(s))
