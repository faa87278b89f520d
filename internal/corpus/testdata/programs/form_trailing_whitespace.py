x = 1   
if x:    
    print("trailing spaces")   
    
print("done")	
