package repl

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"
)

// keywords are netrepl's (Starlark's and Python's), completed at the start of a name.
var keywords = []string{
	"and", "break", "continue", "def", "elif", "else", "for", "if", "in",
	"lambda", "load", "not", "or", "pass", "return", "while",
	"assert", "del", "global", "nonlocal", // Python's statements
	"None", "True", "False",
	"as", "from", "import", "with", // Python's with and imports
	"try", "except", "finally", "raise", // Python's exceptions
	"class", // Python's classes
}

// completer completes the name or name.attr.attr chain before the cursor
// from the live globals and builtins. It walks attributes of values that
// already exist and never evaluates the line, so TAB has no side effects.
type completer struct{ s *Session }

// Do implements readline.AutoCompleter: the suffixes that complete the
// word before pos, and the length of the word.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	// TAB at the start of a line indents, as in Python's REPL: a block
	// typed or pasted with tabs keeps them.
	if strings.TrimLeft(string(line[:pos]), " \t") == "" {
		return [][]rune{{'\t'}}, 0
	}
	word := wordBefore(string(line[:pos]))
	cands := c.s.Complete(word)
	out := make([][]rune, len(cands))
	for i, cand := range cands {
		out[i] = []rune(cand[len(word):])
	}
	last := word[strings.LastIndexByte(word, '.')+1:]
	return out, len(last)
}

// wordBefore returns the trailing name.attr chain of text.
func wordBefore(text string) string {
	i := len(text)
	for i > 0 {
		ch := text[i-1]
		if ch == '_' || ch == '.' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' {
			i--
			continue
		}
		break
	}
	return strings.TrimLeft(text[i:], ".0123456789")
}

// Complete returns the completions of word, a name or a dotted chain
// (time.sl, s.re), each the whole chain plus "(" for callables, as
// Python's rlcompleter does.
func (s *Session) Complete(word string) []string {
	var names []string
	var base starlark.Value
	prefix := word
	head := ""
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		head, prefix = word[:i+1], word[i+1:]
		base = s.lookupChain(word[:i])
		if base == nil {
			return nil
		}
		if h, ok := base.(starlark.HasAttrs); ok {
			names = h.AttrNames()
		}
	} else {
		names = append(names, keywords...)
		names = append(names, s.Globals.Names()...)
		names = append(names, s.Universe.Keys()...)
		names = append(names, starlark.Universe.Keys()...)
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, prefix) || seen[n] || strings.HasPrefix(n, "__") {
			continue
		}
		seen[n] = true
		cand := head + n
		var v starlark.Value
		if base != nil {
			v, _ = base.(starlark.HasAttrs).Attr(n)
		} else {
			v = s.lookup(n)
		}
		if _, ok := v.(starlark.Callable); ok {
			cand += "("
		}
		out = append(out, cand)
	}
	sort.Strings(out)
	return out
}

// lookup finds a name as the prompt would: globals, then builtins.
func (s *Session) lookup(name string) starlark.Value {
	if v := s.Globals.Get(name); v != nil {
		return v
	}
	if v, ok := s.Universe[name]; ok {
		return v
	}
	return starlark.Universe[name]
}

// lookupChain resolves a.b.c by attribute access only.
func (s *Session) lookupChain(chain string) starlark.Value {
	parts := strings.Split(chain, ".")
	v := s.lookup(parts[0])
	for _, p := range parts[1:] {
		h, ok := v.(starlark.HasAttrs)
		if !ok {
			return nil
		}
		next, err := h.Attr(p)
		if err != nil {
			return nil
		}
		v = next
	}
	return v
}
