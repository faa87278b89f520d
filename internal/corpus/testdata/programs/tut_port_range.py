def parse_ports(spec):
    ports = []
    for part in spec.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            ports.extend(range(int(lo), int(hi) + 1))
        else:
            ports.append(int(part))
    return ports


print(parse_ports("22,80-83,443"))
