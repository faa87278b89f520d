package builtins

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/rt"
)

// helpFn makes help() for a universe: it lists the universe's modules and
// shortcuts, and shows the doc of one value.
func helpFn(u starlark.StringDict) *starlark.Builtin {
	return doc.Func("help", `help(x)
Show the signature and documentation of a function, method, module or
value. help() lists the modules and shortcuts. At the prompt, x? does the
same as help(x).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs("help", args, kwargs, 0, &x); err != nil {
			return nil, err
		}
		out := rt.SessionOf(thread).Stdout
		// help("socket"), help("socket.recv"): as Python, a str names
		// what to describe, when it names a builtin or a module's member.
		if s, ok := x.(starlark.String); ok {
			if v := lookupDotted(u, string(s)); v != nil {
				x = v
			}
		}
		if x == nil {
			io.WriteString(out, overview(u))
		} else {
			io.WriteString(out, text(x)+"\n")
		}
		return starlark.None, nil
	})
}

// lookupDotted finds "name" or "module.member" among the builtins, or
// returns nil.
func lookupDotted(u starlark.StringDict, name string) starlark.Value {
	parts := strings.Split(name, ".")
	v, ok := u[parts[0]]
	if !ok {
		return nil
	}
	for _, p := range parts[1:] {
		h, ok := v.(starlark.HasAttrs)
		if !ok {
			return nil
		}
		if v, _ = h.Attr(p); v == nil {
			return nil
		}
	}
	return v
}

// overview is help()'s text: every module and shortcut with its summary.
func overview(u starlark.StringDict) string {
	var b strings.Builder
	b.WriteString("netrepl: Python 3.11's syntax and socket tools, on Starlark. help(x) or x? shows one thing.\n\nModules:\n")
	var mods, funcs []string
	for name, v := range u {
		if _, ok := v.(*starlarkstruct.Module); ok {
			mods = append(mods, name)
		} else {
			funcs = append(funcs, name)
		}
	}
	sort.Strings(mods)
	sort.Strings(funcs)
	for _, name := range mods {
		fmt.Fprintf(&b, "  %-14s %s\n", name, clip(firstLine(doc.Of(u[name])), summaryWidth))
	}
	b.WriteString("\nShortcuts and helpers:\n")
	for _, name := range funcs {
		fmt.Fprintf(&b, "  %-14s %s\n", name, clip(summary(u[name]), summaryWidth))
	}
	b.WriteString("\nStarlark's own builtins (len, str, bytes, range, ...) are there too;\nthe README says where Starlark differs from Python.\n")
	return b.String()
}

// text is help(x)'s text.
func text(x starlark.Value) string {
	switch x := x.(type) {
	case *starlarkstruct.Module:
		var b strings.Builder
		fmt.Fprintf(&b, "module %s: %s\n", x.Name, firstLine(doc.Of(x)))
		names := x.AttrNames()
		sort.Strings(names)
		// Functions and values first, each on its line; then the
		// constants (ints, such as socket's hundred AF_*, SO_*, E*), by
		// name only, so the functions are not lost among them.
		var constants []string
		for _, name := range names {
			if _, ok := x.Members[name].(starlark.Int); ok {
				constants = append(constants, name)
				continue
			}
			fmt.Fprintf(&b, "  %s\n", clip(memberLine(name, x.Members[name]), 76))
		}
		if len(constants) > 0 {
			b.WriteString("Constants (print one to see its value):\n")
			line := " "
			for _, c := range constants {
				if len(line)+1+len(c) > 78 {
					b.WriteString(line + "\n")
					line = " "
				}
				line += " " + c
			}
			b.WriteString(line + "\n")
		}
		return strings.TrimRight(b.String(), "\n")
	case *starlark.Function:
		sig := signature(x)
		if d := strings.TrimSpace(x.Doc()); d != "" {
			return sig + "\n" + d
		}
		return sig
	case *starlark.Type: // int, socket.socket: its constructor's doc
		if c, ok := x.Constructor().(*starlark.Builtin); ok {
			return text(c)
		}
	case *starlark.Builtin:
		if d := doc.Of(x); d != "" {
			return d
		}
		if d, ok := starlarkDocs[x.Name()]; ok && x.Receiver() == nil {
			return d
		}
		return x.Name() + "(...)\nbuilt-in function"
	}
	var b strings.Builder
	if d := doc.Of(x); d != "" {
		b.WriteString(d)
	} else {
		fmt.Fprintf(&b, "%s: a value of type %s", reprShort(x), x.Type())
	}
	if h, ok := x.(starlark.HasAttrs); ok {
		names := h.AttrNames()
		sort.Strings(names)
		if len(names) > 0 {
			b.WriteString("\n\nAttributes and methods:\n")
		}
		for _, name := range names {
			v, err := h.Attr(name)
			if err != nil || v == nil {
				continue
			}
			fmt.Fprintf(&b, "  %s\n", clip(memberLine(name, v), 76))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// signature renders a Starlark function's parameters as Python shows them.
// go.starlark.net orders them positional, keyword-only, *args, **kwargs.
func signature(fn *starlark.Function) string {
	n, kwonly := fn.NumParams(), fn.NumKwonlyParams()
	positional := n - kwonly
	if fn.HasVarargs() {
		positional--
	}
	if fn.HasKwargs() {
		positional--
	}
	param := func(i int) string {
		name, _ := fn.Param(i)
		if d := fn.ParamDefault(i); d != nil {
			return name + "=" + d.String()
		}
		return name
	}
	var params []string
	for i := 0; i < positional; i++ {
		params = append(params, param(i))
	}
	next := positional + kwonly
	if fn.HasVarargs() {
		name, _ := fn.Param(next)
		params = append(params, "*"+name)
		next++
	} else if kwonly > 0 {
		params = append(params, "*")
	}
	for i := positional; i < positional+kwonly; i++ {
		params = append(params, param(i))
	}
	if fn.HasKwargs() {
		name, _ := fn.Param(next)
		params = append(params, "**"+name)
	}
	return fn.Name() + "(" + strings.Join(params, ", ") + ")"
}

// summaryWidth keeps help()'s lines, after their name column, within an
// 80-column terminal (a module's listing, with no name column, takes 76).
const summaryWidth = 62

// summary is the one line that describes v in a listing.
func summary(v starlark.Value) string {
	switch v := v.(type) {
	case *starlark.Function:
		return signature(v)
	case *starlark.Builtin:
		full := text(v)
		sig, rest, _ := strings.Cut(full, "\n")
		if rest = firstLine(rest); rest != "" {
			return fmt.Sprintf("%-24s %s", sig, rest)
		}
		return sig
	case *starlarkstruct.Module:
		return "module: " + firstLine(doc.Of(v))
	}
	return reprShort(v)
}

// memberLine lists one attribute: a function by its signature and
// summary, any other value as name = value.
func memberLine(name string, v starlark.Value) string {
	switch v.(type) {
	case *starlark.Builtin, *starlark.Function:
		return summary(v)
	}
	return fmt.Sprintf("%-24s %s", name, summary(v))
}

// clip shortens s to width with "..." at the end.
func clip(s string, width int) string {
	if len(s) <= width {
		return s
	}
	return s[:width-3] + "..."
}

func reprShort(v starlark.Value) string {
	s := v.String()
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// starlarkDocs documents the builtins that Starlark itself predeclares,
// so help(len) answers too.
var starlarkDocs = map[string]string{
	"abs":       "abs(x)\nThe absolute value of an int or float.",
	"any":       "any(iterable)\nTrue if any element is true.",
	"all":       "all(iterable)\nTrue if every element is true.",
	"bool":      "bool(x)\nThe truth value of x.",
	"dict":      "dict(pairs=[], **kwargs)\nA new dict.",
	"dir":       "dir(x)\nThe names of x's attributes and methods; dir() the session's global names.",
	"enumerate": "enumerate(iterable, start=0)\nA list of (index, element) pairs.",
	"fail":      "fail(*args, sep=\" \")\nStop with an error (type Error in catch()).",
	"float":     "float(x)\nx as a float.",
	"getattr":   "getattr(x, name, default)\nThe attribute name of x.",
	"hasattr":   "hasattr(x, name)\nTrue if x has attribute name.",
	"hash":      "hash(x)\nThe hash of a str or bytes.",
	"int":       "int(x, base=10)\nx as an int; int(\"ff\", 16) parses hex. int.from_bytes(b, \"big\") reads bytes;\nhelp(1) lists the methods of ints (to_bytes, bit_length).",
	"len":       "len(x)\nThe number of elements of a str, bytes, list, tuple, dict or set.",
	"list":      "list(iterable=[])\nA new list.",
	"max":       "max(iterable, key=None) or max(a, b, ...)\nThe greatest element.",
	"min":       "min(iterable, key=None) or min(a, b, ...)\nThe least element.",
	"ord":       "ord(s)\nThe code point of a one-character str, or the value of a one-byte bytes.",
	"chr":       "chr(i)\nThe one-character str of code point i.",
	"print":     "print(*args, sep=\" \")\nWrite the args and a newline to stdout.",
	"range":     "range(start=0, stop, step=1)\nA sequence of ints.",
	"reversed":  "reversed(iterable)\nA list of the elements in reverse order.",
	"set":       "set(iterable=[])\nA new set.",
	"sorted":    "sorted(iterable, key=None, reverse=False)\nA sorted list.",
	"tuple":     "tuple(iterable=[])\nA new tuple.",
	"type":      "type(x)\nThe type of x, as Python's: type(5) == int, type(5) is int; its repr is <class 'int'>.",
	"str":       "str(x)\nx as text: a str is itself, anything else its repr (str(b\"x\") is \"b'x'\"; b.decode() is the text).",
	"repr":      "repr(x)\nx as a Python literal: 'it\\'s', b'\\x07', [1, 'a'].",
	"bytes":     "bytes(s, encoding) or bytes(n)\nA new bytes.",
	"globals":   "globals()\nThe session's globals as a dict, by name: live, as Python's (globals()[\"x\"] = 1 binds x).",
	"zip":       "zip(*iterables)\nA list of tuples.",
}
