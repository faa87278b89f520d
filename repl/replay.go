package repl

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"netrepl/builtins/rt"
)

// A Cell is one cell of a file in the percent format that Jupytext and
// VS Code use: "# %%" starts a code cell, "# %% [markdown]" a text cell
// whose comment lines are prose.
type Cell struct {
	Markdown bool
	Source   string // the code; for a text cell, the prose without "# "
	Line     int    // the file line the source starts on
}

var cellMarker = regexp.MustCompile(`^#\s*%%(.*)$`)

// ParseCells splits src into cells. Lines before the first marker form a
// code cell of their own if they hold any code (a file's header comment
// does not).
func ParseCells(src string) []Cell {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	var cells []Cell
	cur := &Cell{Line: 1}
	var body []string
	flush := func() {
		if cur.Markdown {
			var prose []string
			for _, l := range body {
				l = strings.TrimPrefix(strings.TrimPrefix(l, "#"), " ")
				prose = append(prose, l)
			}
			cur.Source = strings.TrimSpace(strings.Join(prose, "\n"))
			if cur.Source != "" {
				cells = append(cells, *cur)
			}
			return
		}
		hasCode := false
		for _, l := range body {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
				hasCode = true
			}
		}
		// Keep the cell's own line numbers: leading blank lines stay
		// out, so that Line is where its first line is.
		for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
			body = body[1:]
			cur.Line++
		}
		cur.Source = strings.TrimRight(strings.Join(body, "\n"), "\n \t") + "\n"
		if hasCode {
			cells = append(cells, *cur)
		}
	}
	for i, l := range lines {
		if m := cellMarker.FindStringSubmatch(l); m != nil {
			flush()
			cur = &Cell{Line: i + 2, Markdown: strings.Contains(m[1], "[markdown]")}
			body = nil
			continue
		}
		body = append(body, l)
	}
	flush()
	return cells
}

// Replay runs the cells of file name in the session as a notebook shows
// them and writes the transcript to w, which must also be where the
// session's output goes: for each code cell "In [n]:" and its source
// (indented four spaces), what the cell printed, then "Out[n]: <repr>"
// when the cell ends in an expression whose value is not None; a text
// cell as its prose, unless codeOnly. A failing cell prints its error and
// the replay goes on. It returns the number of cells that failed, and
// stops early (with the exit status) only when a cell calls exit().
func (s *Session) Replay(w io.Writer, name string, cells []Cell, codeOnly bool) (failed int, exit *int) {
	n := 0
	for _, c := range cells {
		if c.Markdown {
			if !codeOnly {
				fmt.Fprintf(w, "%s\n\n", c.Source)
			}
			continue
		}
		n++
		var src strings.Builder
		fmt.Fprintf(&src, "In [%d]:\n", n)
		for _, l := range strings.Split(strings.TrimRight(c.Source, "\n"), "\n") {
			src.WriteString(strings.TrimRight("    "+l, " ") + "\n")
		}
		io.WriteString(w, src.String())
		// Blank lines before the code keep file line numbers in errors.
		code := strings.Repeat("\n", c.Line-1) + c.Source
		v, err := s.Cell(name, []byte(code))
		if err != nil {
			if code, ok := exitCode(err); ok {
				return failed, &code
			}
			failed++
			io.WriteString(w, s.FormatError(err))
		} else if v != nil {
			rt.Enter(s.thread) // the cell's threads may be changing v
			out := v.String()
			rt.Exit(s.thread)
			fmt.Fprintf(w, "Out[%d]: %s\n", n, out)
		}
		io.WriteString(w, "\n")
	}
	return failed, nil
}
