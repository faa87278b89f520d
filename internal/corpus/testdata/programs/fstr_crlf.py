host = "h"
port = 1
print(f"{host}:{port}")
print(f"""multi
{host}""")
