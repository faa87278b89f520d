package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"netrepl/repl"
)

const replayUsage = `usage: netrepl replay [--code-only] [--record T | --check T] FILE.star [ARG...]

Run a percent-format notebook ("# %%" code cells, "# %% [markdown]" text
cells) cell by cell, printing In [n], each cell's output and Out[n].
  --code-only  leave the text cells out
  --record T   also write the transcript to T
  --check T    replay and compare with transcript T: print a unified diff of
               each cell that differs and exit 1 if any does
In a transcript checked with --check, a line may hold placeholders for
what changes between runs: {{int}} (digits), {{hex}} (hex digits), {{date}}
(an HTTP date, "Thu, 24 Sep 2020 22:29:23 GMT") and {{any}} (any text).
--record writes {{date}} for HTTP dates and {{int}} for ports the kernel
picked (32768-60999, in address tuples or after an address); mark
anything else that changes from run to run by hand.
`

// replayCmd is `netrepl replay`.
func replayCmd(args []string, stdout, stderr io.Writer) int {
	var record, check string
	codeOnly := false
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch a := args[0]; {
		case a == "--code-only":
			codeOnly = true
			args = args[1:]
		case (a == "--record" || a == "--check") && len(args) > 1:
			if a == "--record" {
				record = args[1]
			} else {
				check = args[1]
			}
			args = args[2:]
		case a == "-h" || a == "--help":
			io.WriteString(stdout, replayUsage)
			return 0
		default:
			fmt.Fprintf(stderr, "netrepl replay: bad option %s\n%s", a, replayUsage)
			return 2
		}
	}
	if len(args) == 0 || (record != "" && check != "") {
		io.WriteString(stderr, replayUsage)
		return 2
	}
	var expected []byte
	if check != "" {
		var err error
		if expected, err = os.ReadFile(check); err != nil {
			fmt.Fprintf(stderr, "netrepl replay: %v\n", err)
			return 2
		}
	}
	src, err := readScript(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "netrepl replay: %v\n", err)
		return 2
	}

	var show io.Writer = stdout
	if check != "" {
		show = io.Discard
	}
	transcript, failed, exit := repl.ReplayFile(args[0], src, args, show, codeOnly)

	if record != "" {
		if err := os.WriteFile(record, repl.Generalize(transcript), 0o644); err != nil {
			fmt.Fprintf(stderr, "netrepl replay: %v\n", err)
			return 1
		}
	}
	if check != "" {
		differ := repl.CheckTranscript(stdout, check, expected, transcript)
		if differ > 0 {
			fmt.Fprintf(stdout, "%d cell(s) differ from %s\n", differ, check)
			return 1
		}
		fmt.Fprintf(stdout, "replay matches %s\n", check)
	}
	if exit != nil {
		return *exit
	}
	if failed > 0 && check == "" {
		fmt.Fprintf(stderr, "netrepl replay: %d cell(s) failed\n", failed)
	}
	return 0
}
