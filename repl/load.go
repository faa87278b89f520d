package repl

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// loader implements load(): a module path resolves relative to the file
// that loads it (to the working directory from the prompt or -c), each
// file is executed once and its globals cached (frozen, so threads may
// share them), and a cycle is an error that names the files in it.
type loader struct {
	s     *Session
	mu    sync.Mutex
	cache map[string]*loadEntry
	stack []string // files being loaded, outermost first
}

type loadEntry struct {
	globals starlark.StringDict
	err     error
}

func newLoader(s *Session) *loader {
	return &loader{s: s, cache: map[string]*loadEntry{}}
}

// enter marks a file as being run (the main script), so that a module it
// loads that loads it back is reported as a cycle; leave undoes it.
func (l *loader) enter(path string) (leave func()) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return func() {}
	}
	l.mu.Lock()
	if _, ok := l.cache[abs]; ok {
		l.mu.Unlock()
		return func() {}
	}
	l.cache[abs] = nil
	l.stack = append(l.stack, abs)
	l.mu.Unlock()
	return func() {
		l.mu.Lock()
		delete(l.cache, abs)
		l.stack = l.stack[:len(l.stack)-1]
		l.mu.Unlock()
	}
}

func (l *loader) load(thread *starlark.Thread, module string) (starlark.StringDict, error) {
	from := ""
	if thread.CallStackDepth() > 0 {
		from = thread.CallFrame(0).Pos.Filename()
	}
	path := module
	if !filepath.IsAbs(path) && from != "" && !strings.HasPrefix(from, "<") {
		path = filepath.Join(filepath.Dir(from), path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}

	l.mu.Lock()
	if e, ok := l.cache[abs]; ok {
		l.mu.Unlock()
		if e == nil {
			return nil, fmt.Errorf("cycle in load graph: %s", l.cycle(abs))
		}
		return e.globals, e.err
	}
	l.cache[abs] = nil // in progress
	l.stack = append(l.stack, abs)
	l.mu.Unlock()

	globals, err := l.exec(thread, path)

	l.mu.Lock()
	l.cache[abs] = &loadEntry{globals, err}
	l.stack = l.stack[:len(l.stack)-1]
	l.mu.Unlock()
	return globals, err
}

// cycle renders the load chain from abs back to abs. Called with l.mu held.
func (l *loader) cycle(abs string) string {
	start := 0
	for i, p := range l.stack {
		if p == abs {
			start = i
		}
	}
	var names []string
	for _, p := range l.stack[start:] {
		names = append(names, rel(p))
	}
	return strings.Join(append(names, rel(abs)), " -> ")
}

func rel(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
			return r
		}
	}
	return p
}

// exec runs a loaded file as a plain Starlark module on the loading
// thread (so Ctrl-C reaches its top-level code) and freezes its globals.
func (l *loader) exec(thread *starlark.Thread, path string) (starlark.StringDict, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	f, err := l.s.parsePython(path, src, Dialect)
	if err != nil {
		return nil, err
	}
	predeclared := starlark.StringDict{
		"__name__": starlark.String(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))),
	}
	for k, v := range l.s.Universe {
		predeclared[k] = v
	}
	prog, err := starlark.FileProgram(f, predeclared.Has)
	if err != nil {
		return nil, err
	}
	g, err := prog.Init(thread, predeclared)
	g.Freeze()
	return g, err
}
