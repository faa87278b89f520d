a = 'single "with double"'
b = "double 'with single'"
c = '''triple 'single' "double"'''
d = """triple "double" 'single'"""
print(a)
print(b)
print(c)
print(d)
