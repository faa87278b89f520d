conn = None
print("closing")
conn.close()
