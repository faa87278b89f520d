x = {}
print("building")
msg = f"""line one
{x["missing"]}
end"""
