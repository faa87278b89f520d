package main

import (
	"io"

	"netrepl/builtins/socket"
	"netrepl/repl"
)

// enableTrace turns on the traffic trace for the session (--trace): every
// send and receive is hexdumped to w, as socket.trace(True) does.
func enableTrace(s *repl.Session, w io.Writer) { socket.SetTrace(s.RT, w) }
