host = "h"
print(f"{host}:{port}")
