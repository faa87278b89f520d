package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/diff"
	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/pyerr"
	"netrepl/repl"
)

var (
	updateKnown  = flag.Bool("update-known", false, "rewrite testdata/known_failing.txt with the programs that fail now")
	showKnown    = flag.Bool("show-known", false, "print the diff of every failing program, the listed ones too")
	columnReport = flag.String("column-report", "", "write the runtime errors whose column differs from CPython's to this file")
	perProgram   = flag.Duration("program-timeout", 20*time.Second, "how long one corpus program may run")
)

const (
	programsDir  = "testdata/programs"
	expectedFile = "testdata/expected.json"
	knownFile    = "testdata/known_failing.txt"
)

// expectation is what CPython 3.11 did with a program (gen.py).
type expectation struct {
	SHA256 string     `json:"sha256"` // of the program gen.py ran
	Stdout string     `json:"stdout"`
	Error  *wantError `json:"error"`
	Exit   int        `json:"exit"` // sys.exit(n) with no error
}

type wantError struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Col     *int   `json:"col"` // 1-based; a SyntaxError's offset, a frame's colno+1
}

// outcome is what netrepl did with it.
type outcome struct {
	stdout string
	err    error  // the uncaught error, nil if none
	typ    string // its Python type as netrepl reports it
	msg    string
	line   int // where netrepl says it happened, in the program (0: nowhere)
	col    int
	exit   int    // from sys.exit
	report string // the error as netrepl prints it on stderr
	stderr string // everything else written to stderr
	crash  string // a timeout or a panic
}

// syntaxTypes are the errors CPython reports before running anything; for
// them the column is compared too.
var syntaxTypes = map[string]bool{"SyntaxError": true, "IndentationError": true, "TabError": true}

func TestCorpus(t *testing.T) {
	data, err := os.ReadFile(expectedFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Programs map[string]expectation `json:"programs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", expectedFile, err)
	}
	names := programs(t)
	for _, n := range names {
		if _, ok := doc.Programs[n]; !ok {
			t.Errorf("%s has no expectation: run python3 internal/corpus/testdata/gen.py", n)
		}
	}
	for n := range doc.Programs {
		if !slices.Contains(names, n) {
			t.Errorf("%s: expected.json names a program that is not in %s: run gen.py", n, programsDir)
		}
	}
	known := readKnown(t)
	for n := range known {
		if _, ok := doc.Programs[n]; !ok {
			t.Errorf("%s: %s lists a program that does not exist", knownFile, n)
		}
	}

	type result struct {
		fail    []string // what differs; empty: the program passes
		why     string   // its line in known_failing.txt
		colDiff string   // a runtime error whose column differs
	}
	var mu sync.Mutex
	results := map[string]result{}
	for _, name := range names {
		want, ok := doc.Programs[name]
		if !ok {
			continue
		}
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			path := filepath.ToSlash(filepath.Join(programsDir, name))
			if sum := fileSHA256(t, path); sum != want.SHA256 {
				t.Errorf("%s was edited after gen.py ran: run python3 internal/corpus/testdata/gen.py %s", path, name)
			}
			got := run(t, path)
			fail, colDiff := compare(want, got)
			d := ""
			if len(fail) > 0 {
				d = explain(path, want, got)
			}
			mu.Lock()
			results[name] = result{fail, reason(fail, want, got), colDiff}
			mu.Unlock()
			_, listed := known[name]
			switch {
			case len(fail) > 0 && !listed && !*updateKnown:
				t.Errorf("%s fails (%s) and is not in %s:\n%s", name, strings.Join(fail, ", "), knownFile, d)
			case len(fail) > 0 && *showKnown:
				t.Logf("%s (known failing: %s):\n%s", name, known[name], d)
			case len(fail) == 0 && listed && !*updateKnown:
				t.Errorf("%s passes now: remove it from %s (or go test ./internal/corpus -run Corpus -update-known)", name, knownFile)
			}
		})
	}

	pass, cols := 0, []string{}
	for _, name := range names {
		r, ok := results[name]
		if !ok {
			continue
		}
		if len(r.fail) == 0 {
			pass++
		}
		if r.colDiff != "" {
			cols = append(cols, name+": "+r.colDiff)
		}
	}
	summary := fmt.Sprintf("corpus: %d programs, %d pass, %d fail (%d listed in %s); %d runtime errors with another column than CPython's",
		len(results), pass, len(results)-pass, len(known), knownFile, len(cols))
	t.Log(summary)
	fmt.Println(summary)
	if *columnReport != "" {
		text := "# Runtime errors whose column differs from CPython 3.11's (not a failure).\n" + strings.Join(cols, "\n") + "\n"
		if err := os.WriteFile(*columnReport, []byte(text), 0o644); err != nil {
			t.Error(err)
		}
	}
	if *updateKnown {
		if len(results) != len(names) {
			t.Fatalf("-update-known needs every program run (%d of %d ran): drop the -run filter below Corpus", len(results), len(names))
		}
		var b strings.Builder
		b.WriteString(knownHeader)
		for _, name := range names {
			if r := results[name]; len(r.fail) > 0 {
				fmt.Fprintf(&b, "%s  %s\n", name, r.why)
			}
		}
		if err := os.WriteFile(knownFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", knownFile)
	}
}

const knownHeader = `# Corpus programs netrepl does not yet run as CPython 3.11 does, one per
# line: the program, then what differs and netrepl's error, if it had one.
# TestCorpus accepts these and fails when one of them passes, so the list
# only shrinks. Regenerate it with:
#   go test ./internal/corpus -run Corpus -update-known
`

// reason is a known-failing program's line: what differs, for stdout
// the first line that differs, and netrepl's error if it had one (what
// is usually missing).
func reason(fail []string, want expectation, got outcome) string {
	r := strings.Join(fail, ", ")
	// When netrepl stopped early, the missing output says nothing more.
	stoppedEarly := got.err != nil && strings.HasPrefix(want.Stdout, got.stdout)
	if got.stdout != want.Stdout && got.crash == "" && !stoppedEarly {
		r += " | " + firstDifference(want.Stdout, got.stdout)
	}
	if got.err != nil {
		r += fmt.Sprintf(" | netrepl: %s at %d:%d: %s", got.typ, got.line, got.col, clipTo(firstLine(got.msg), 80))
	}
	return r
}

// firstDifference names the first line of stdout where netrepl differs
// from CPython, and says so when the only difference is the quote style
// of reprs.
func firstDifference(want, got string) string {
	if strings.ReplaceAll(got, `"`, "'") == strings.ReplaceAll(want, `"`, "'") {
		return "stdout: quotes only"
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("stdout line %d: %q, CPython %q", i+1, clipTo(gl, 40), clipTo(wl, 40))
		}
	}
	return "stdout"
}

func clipTo(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// programs lists the corpus, as paths relative to programsDir.
func programs(t *testing.T) []string {
	var names []string
	err := filepath.WalkDir(programsDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			rel, _ := filepath.Rel(programsDir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return names
}

func readKnown(t *testing.T) map[string]string {
	known := map[string]string{}
	f, err := os.Open(knownFile)
	if errors.Is(err, os.ErrNotExist) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, why, _ := strings.Cut(line, " ")
		known[name] = strings.TrimSpace(why)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return known
}

func fileSHA256(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// syncBuffer is output several threads may write at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// run runs the program at path in-process as `netrepl path` does
// (cmd/netrepl's runScript): a session whose sys.argv is [path], the file
// executed as one chunk, then a wait for its threads; an uncaught error is
// formatted as netrepl prints it.
func run(t *testing.T, path string) outcome {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr := new(syncBuffer), new(syncBuffer)
	console := &repl.Console{}
	s := repl.New(console.Writer(stdout), console.Writer(stderr), []string{path})
	defer s.Close()

	var o outcome
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				o.crash = fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		err := s.Exec(path, src, repl.EchoNone)
		if err == nil {
			s.RT.Wait()
		}
		o.err = err
	}()
	select {
	case <-done:
	case <-time.After(*perProgram):
		s.Interrupt()
		s.Close()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
		}
		o.crash = fmt.Sprintf("timeout: still running after %v", *perProgram)
		o.stdout = stdout.String()
		return o
	}
	o.stdout = stdout.String()
	o.stderr = stderr.String()
	if o.err != nil {
		describe(s, path, &o)
	}
	return o
}

// describe fills in the type, message and position of o.err as netrepl
// reports them.
func describe(s *repl.Session, path string, o *outcome) {
	err := o.err
	var exit *pyerr.Exit
	if errors.As(err, &exit) {
		o.err, o.exit = nil, exit.Code
		return
	}
	o.report = s.FormatError(err)
	pe := pyerr.Classify(err)
	o.typ, o.msg = pe.Type, pe.Message

	var se syntax.Error
	var rl resolve.ErrorList
	var ee *starlark.EvalError
	switch {
	case errors.As(err, &se):
		o.line, o.col = int(se.Pos.Line), int(se.Pos.Col)
		o.typ, o.msg = reportedType(o.report, "SyntaxError"), se.Msg
	case errors.As(err, &rl) && len(rl) > 0:
		o.line, o.col = int(rl[0].Pos.Line), int(rl[0].Pos.Col)
		o.typ, o.msg = reportedType(o.report, "SyntaxError"), rl[0].Msg
	case errors.As(err, &ee):
		// The innermost frame in the program, as CPython's traceback
		// ends with it (frames of builtins are left out).
		for i := len(ee.CallStack) - 1; i >= 0; i-- {
			if pos := ee.CallStack[i].Pos; pos.Filename() == path {
				o.line, o.col = int(pos.Line), int(pos.Col)
				break
			}
		}
	}
}

// typeLine is a line of a report that names the error: "TYPE: msg",
// "TYPE" alone, or netrepl's "FILE:LINE:COL: TYPE: msg".
var typeLine = regexp.MustCompile(`^(?:\S.*?:\d+:\d+: )?([A-Za-z_][A-Za-z0-9_.]*)(?::|$)`)

// reportedType is the error type netrepl's report of a syntax error
// names (SyntaxError, IndentationError, NameError for an undefined
// name...): its first unindented line that names one.
func reportedType(report, def string) string {
	for _, l := range strings.Split(report, "\n") {
		if l == "" || l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(l, "hint:") {
			continue
		}
		if m := typeLine.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return def
}

// compare says what differs between CPython's run and netrepl's (nothing:
// the program passes), and, apart, a runtime error's column that differs
// while everything else matches.
func compare(want expectation, got outcome) (fail []string, colDiff string) {
	if got.crash != "" {
		return []string{strings.SplitN(got.crash, ":", 2)[0]}, ""
	}
	if got.stdout != want.Stdout {
		fail = append(fail, "stdout")
	}
	w := want.Error
	switch {
	case w == nil && got.err != nil:
		fail = append(fail, "unexpected "+got.typ)
	case w != nil && got.err == nil:
		fail = append(fail, "no "+w.Type)
	case w != nil:
		if got.typ != w.Type {
			fail = append(fail, fmt.Sprintf("%s not %s", got.typ, w.Type))
		}
		if got.line != w.Line {
			fail = append(fail, fmt.Sprintf("line %d not %d", got.line, w.Line))
		} else if w.Col != nil && got.col != *w.Col {
			if syntaxTypes[w.Type] {
				fail = append(fail, fmt.Sprintf("col %d not %d", got.col, *w.Col))
			} else if len(fail) == 0 {
				colDiff = fmt.Sprintf("%s at %d:%d, CPython %d:%d", w.Type, got.line, got.col, w.Line, *w.Col)
			}
		}
	}
	if w == nil && got.err == nil && got.exit != want.Exit {
		fail = append(fail, fmt.Sprintf("exit %d not %d", got.exit, want.Exit))
	}
	return fail, colDiff
}

// explain is a mismatch as a reader wants it: the program's name, the
// two errors and a unified diff of stdout.
func explain(path string, want expectation, got outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n", path)
	if got.crash != "" {
		fmt.Fprintf(&b, "netrepl: %s\n", got.crash)
	}
	if w := want.Error; w != nil {
		col := "?"
		if w.Col != nil {
			col = fmt.Sprint(*w.Col)
		}
		fmt.Fprintf(&b, "CPython error: %s at %d:%s: %s\n", w.Type, w.Line, col, w.Message)
	} else if want.Exit != 0 {
		fmt.Fprintf(&b, "CPython exit status: %d\n", want.Exit)
	} else {
		b.WriteString("CPython error: none\n")
	}
	if got.err != nil {
		fmt.Fprintf(&b, "netrepl error: %s at %d:%d: %s\n", got.typ, got.line, got.col, firstLine(got.msg))
		b.WriteString(indent(got.report))
	} else if got.crash == "" {
		if got.exit != 0 {
			fmt.Fprintf(&b, "netrepl exit status: %d\n", got.exit)
		} else {
			b.WriteString("netrepl error: none\n")
		}
	}
	if got.stderr != "" {
		b.WriteString("netrepl stderr:\n" + indent(got.stderr))
	}
	if got.stdout != want.Stdout {
		b.WriteString("stdout:\n")
		b.Write(diff.Diff("CPython", []byte(want.Stdout), "netrepl", []byte(got.stdout)))
		if !strings.HasSuffix(want.Stdout, "\n") || !strings.HasSuffix(got.stdout, "\n") {
			fmt.Fprintf(&b, "(exactly: CPython %q\n          netrepl %q)\n", clip(want.Stdout), clip(got.stdout))
		}
	}
	return b.String()
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return "    | " + strings.ReplaceAll(s, "\n", "\n    | ") + "\n"
}

func clip(s string) string {
	if len(s) > 200 {
		return "..." + s[len(s)-200:]
	}
	return s
}
