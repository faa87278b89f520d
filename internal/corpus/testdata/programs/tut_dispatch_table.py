def cmd_help():
    return "help text"


def cmd_quit():
    return "bye"


commands = {"help": cmd_help, "quit": cmd_quit}
for line in ["help", "quit", "HELP"]:
    fn = commands.get(line.lower())
    print(fn() if fn else "?")
