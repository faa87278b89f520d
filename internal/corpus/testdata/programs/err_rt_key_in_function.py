def lookup(table, name):
    return table[name]


t = {"ssh": 22}
print(lookup(t, "ssh"))
print(lookup(t, "ftp"))
