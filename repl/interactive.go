package repl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strings"

	"netrepl/builtins/pyerr"
)

// Banner is printed when the REPL starts on a terminal.
var Banner = "netrepl: Python 3.11's syntax and socket tools, on Starlark. help() for help, Ctrl-D to leave."

// Interact runs the prompt until end of input or exit() and returns the
// exit status. On a terminal (tty true) lines come from readline, with
// history, completion and background output redrawn around the prompt
// (console must then be the console the session's output goes through);
// otherwise from in, with prompts on the session's stderr.
//
// Ctrl-C at the prompt abandons the line; while a chunk runs it cancels
// the chunk, which returns to the prompt with KeyboardInterrupt, its
// globals and background threads intact. One SIGINT handler and one line
// editor serve the whole session.
func (s *Session) Interact(in io.Reader, tty bool, console *Console) int {
	var src lineSource
	if tty {
		ts, err := newTTYSource(s, console)
		if err != nil {
			fmt.Fprintf(s.RT.Stderr, "netrepl: %v\n", err)
			return 1
		}
		defer ts.Close()
		src = ts
		s.RT.SetInput(ts.input)
		fmt.Fprintln(s.RT.Stdout, Banner)
	} else {
		ps := newPlainSource(in, s.RT.Stderr)
		src = ps
		s.RT.SetInput(ps.input(s.RT.Stdout))
	}
	defer s.RT.SetInput(nil)

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-sigs:
				s.Interrupt()
			case <-done:
				return
			}
		}
	}()

	ck := &chunker{src: src}
	for {
		chunk, err := ck.Next()
		switch {
		case err == io.EOF:
			if tty {
				fmt.Fprintln(s.RT.Stdout)
			}
			return 0
		case errors.Is(err, errInterrupt):
			fmt.Fprintln(s.RT.Stderr, "KeyboardInterrupt")
			continue
		case err != nil:
			fmt.Fprintf(s.RT.Stderr, "netrepl: %v\n", err)
			return 1
		case chunk == "":
			continue
		}
		if expr, ok := helpQuery(chunk); ok {
			chunk = "help(" + expr + ")\n"
		}
		if err := s.Exec("<stdin>", []byte(chunk), EchoAll); err != nil {
			if code, ok := exitCode(err); ok {
				return code
			}
			io.WriteString(s.RT.Stderr, s.FormatError(err))
		}
	}
}

// exitCode reports whether err is exit()'s, and its status.
func exitCode(err error) (int, bool) {
	if exit, ok := pyerr.AsExit(err); ok {
		return exit.Code, true
	}
	return 0, false
}

var helpRE = regexp.MustCompile(`^\s*\?{0,2}\s*([A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)*)\s*\?{0,2}\s*$`)

// helpQuery recognises IPython's `x?` and `?x` (and `x??`).
func helpQuery(chunk string) (string, bool) {
	line := strings.TrimSpace(chunk)
	if strings.Contains(line, "\n") || !strings.Contains(line, "?") {
		return "", false
	}
	m := helpRE.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	return m[1], true
}
