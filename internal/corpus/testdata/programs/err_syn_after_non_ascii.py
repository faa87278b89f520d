name = "café"
label = "été" + )
