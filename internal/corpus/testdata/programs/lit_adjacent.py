greeting = "Hello, " "world"
print(greeting)
request = ("GET / HTTP/1.1\r\n"
           "Host: example.com\r\n"
           "\r\n")
print(repr(request))
print(len("a" 'b' """c"""))
