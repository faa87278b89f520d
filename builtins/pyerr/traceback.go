package pyerr

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"go.starlark.net/starlark"
)

// Traceback renders an uncaught runtime error as netrepl prints it:
// "Traceback (most recent call last):", one line per Starlark frame
// ("  FILE:LINE:COL: in NAME", with the source line under it when FILE is
// a file on disk), then the error named the Python way. Frames of Go
// builtins are left out, as Python leaves out C functions. The REPL, a
// thread's excepthook and a server's handle_error all print this.
func Traceback(err error) string {
	var b strings.Builder
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		var frames strings.Builder
		for _, fr := range ee.CallStack {
			if fr.Pos.Filename() == "<builtin>" {
				continue
			}
			fmt.Fprintf(&frames, "  %s: in %s\n", fr.Pos, fr.Name)
			if line := SourceLine(fr.Pos.Filename(), int(fr.Pos.Line)); line != "" {
				fmt.Fprintf(&frames, "    %s\n", strings.TrimSpace(line))
			}
		}
		if frames.Len() > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			b.WriteString(frames.String())
		}
	}
	b.WriteString(Classify(err).Error())
	b.WriteByte('\n')
	return b.String()
}

// SourceLine returns line n (from 1) of the named file, or "" when the
// name is not a file on disk (<stdin>, <string>) or has no such line.
func SourceLine(name string, n int) string {
	if name == "" || strings.HasPrefix(name, "<") || n < 1 {
		return ""
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}
