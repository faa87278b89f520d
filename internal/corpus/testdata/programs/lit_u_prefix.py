s = u"unicode"
t = U"upper"
print(s, t, s + t)
print(type(s) is str)
