port: int = 80
host: str = "h"
print(port, host)
