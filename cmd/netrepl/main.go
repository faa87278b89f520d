// Command netrepl is a scriptable network REPL: Starlark with Python's
// socket, struct, binascii, threading and socketserver.
//
//	netrepl                       the interactive prompt (a script on piped stdin)
//	netrepl FILE.star [ARG...]    run a script; sys.argv is [FILE, ARG...]
//	netrepl -c CODE [ARG...]      run CODE
//	netrepl -i FILE.star [ARG...] run the script, then the prompt with its globals
//
// Exit status: 0 on success, 1 on an uncaught error, 2 on a usage error,
// 130 after Ctrl-C, n after sys.exit(n).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/chzyer/readline"

	"netrepl/builtins/pyerr"
	"netrepl/repl"
)

const version = "0.1.0"

const usage = `usage: netrepl [--trace] [-i] [-c CODE | FILE.star | -] [ARG...]
       netrepl replay [--code-only] [--record T | --check T] NOTEBOOK.star [ARG...]

  netrepl                      start the prompt (reads a script from stdin when
                               stdin is not a terminal)
  netrepl FILE.star [ARG...]   run a script; sys.argv is [FILE.star, ARG...]
  netrepl -c CODE [ARG...]     run CODE; sys.argv is ["-c", ARG...]
  netrepl -i [FILE.star]       run the script, then start the prompt with its globals
  netrepl -                    read the script from stdin
  netrepl replay NB.star       run a "# %%" notebook cell by cell, as In/Out
                               (netrepl replay --help for --record and --check)

options:
  -c CODE      program passed in as a string
  -i           start the prompt after running the script or CODE
  --trace      hexdump every byte sent and received on stderr
  --version    print the version and exit
  -h, --help   print this help and exit

examples:
  netrepl -c 'print(unhexlify("48656c6c6f"))'
  netrepl scripts/lab/port_scan.star 127.0.0.1 1-1024
  netrepl -i scripts/servers/lab_network.star
  printf 'x = 6\nprint(x * 7)\n' | netrepl

At the prompt: help() lists modules and shortcuts, x? shows help for x,
TAB completes, Ctrl-C interrupts, Ctrl-D leaves.
`

func main() {
	os.Exit(profiled(func() int { return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr) }))
}

// profiled runs f, writing a CPU profile to $NETREPL_CPUPROFILE if set:
// how netrepl's own speed is looked into (go tool pprof netrepl FILE).
func profiled(f func() int) int {
	path := os.Getenv("NETREPL_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "netrepl: NETREPL_CPUPROFILE: %v\n", err)
		return f()
	}
	defer out.Close()
	pprof.StartCPUProfile(out)
	defer pprof.StopCPUProfile()
	return f()
}

type options struct {
	code        *string
	file        string // "" none, "-" stdin
	interactive bool
	trace       bool
	args        []string
}

// parseArgs reads options the way python3 does: they come before the
// script, and everything after the script or after -c CODE is sys.argv.
func parseArgs(args []string) (*options, error) {
	o := &options{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-c":
			if i+1 >= len(args) {
				return nil, errors.New("argument expected for the -c option")
			}
			code := args[i+1]
			o.code = &code
			o.args = args[i+2:]
			return o, nil
		case a == "-i":
			o.interactive = true
		case a == "--trace":
			o.trace = true
		case a == "--":
			if i+1 < len(args) {
				o.file, o.args = args[i+1], args[i+2:]
			}
			return o, nil
		case a == "-":
			o.file, o.args = "-", args[i+1:]
			return o, nil
		case len(a) > 1 && a[0] == '-':
			return nil, fmt.Errorf("unknown option %s", a)
		default:
			o.file, o.args = a, args[i+1:]
			return o, nil
		}
	}
	return o, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "replay" {
		return replayCmd(args[1:], stdout, stderr)
	}
	for _, a := range args {
		if a == "-h" || a == "--help" {
			io.WriteString(stdout, usage)
			return 0
		}
		if a == "--version" {
			fmt.Fprintf(stdout, "netrepl %s (%s, %s)\n", version, starlarkVersion(), runtime.Version())
			return 0
		}
		if a == "-c" || a == "--" || (a != "-i" && a != "--trace" && (len(a) < 2 || a[0] != '-')) {
			break // the rest belongs to the script
		}
	}
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "netrepl: %v\n%s", err, "usage: netrepl [--trace] [-i] [-c CODE | FILE.star | -] [ARG...] (netrepl --help for more)\n")
		return 2
	}

	tty := isTerminal(stdin)
	var argv []string
	var name string
	var src []byte
	switch {
	case o.code != nil:
		argv = append([]string{"-c"}, o.args...)
		name, src = "<string>", []byte(*o.code)
	case o.file == "-" || (o.file == "" && !tty && !o.interactive):
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "netrepl: reading stdin: %v\n", err)
			return 1
		}
		argv = append([]string{"-"}, o.args...)
		if o.file == "" {
			argv[0] = ""
		}
		name, src = "<stdin>", data
	case o.file != "":
		data, err := readScript(o.file)
		if err != nil {
			fmt.Fprintf(stderr, "netrepl: %v\n", err)
			return 2
		}
		argv = append([]string{o.file}, o.args...)
		name, src = o.file, data
	default:
		argv = []string{""}
	}

	console := &repl.Console{}
	s := repl.New(console.Writer(stdout), console.Writer(stderr), argv)
	s.RT.Interactive = o.interactive
	defer s.Close()
	if o.trace {
		enableTrace(s, stderr)
	}

	code := 0
	if src != nil {
		code = runScript(s, name, src, !o.interactive)
		if code != 0 && !o.interactive {
			return code
		}
	}
	if o.interactive || src == nil {
		return s.Interact(stdin, tty && stdin == os.Stdin, console)
	}
	return code
}

// runScript runs a script as python3 does: Ctrl-C interrupts it, an
// uncaught error prints its traceback, and, if wait is set, the process
// waits for the script's non-daemon threads. Under -i it does not (as
// python3 -i): the prompt comes while the script's servers serve.
func runScript(s *repl.Session, name string, src []byte, wait bool) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	interrupted := make(chan struct{})
	go func() {
		if _, ok := <-sigs; ok {
			close(interrupted)
			if !s.Interrupt() {
				s.Close() // waiting for threads: stop them
			}
		}
	}()

	err := s.Exec(name, src, repl.EchoNone)
	if err == nil && wait {
		s.RT.Wait()
	}
	select {
	case <-interrupted:
		if err == nil {
			err = pyerr.KeyboardInterrupt()
		}
	default:
	}
	if err == nil {
		return 0
	}
	if exit, ok := pyerr.AsExit(err); ok {
		return exit.Code
	}
	io.WriteString(s.RT.Stderr, s.FormatError(err))
	if pyerr.Classify(err).Type == "KeyboardInterrupt" {
		return 130
	}
	return 1
}

func readScript(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("can't open file '%s': %s", path, pyerr.FromErrno(err, "").Message)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("can't run '%s': it is a directory, not a .star file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("can't open file '%s': %s", path, pyerr.FromErrno(err, "").Message)
	}
	return data, nil
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

func starlarkVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "go.starlark.net" {
				return "go.starlark.net " + d.Version
			}
		}
	}
	return "go.starlark.net"
}
