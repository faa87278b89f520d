package methods

import (
	"strings"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// findArgs parses (sub[, start[, end]]) as parse_args_finds_byte does:
// the indices first, then sub, which may be a bytes or a byte value.
func findArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (s, sub string, start, end int, err error) {
	if err = positional(b, args, kwargs, 1, 3); err != nil {
		return
	}
	s = recv(b)
	if start, end, err = span(b.Name(), args[1:], len(s)); err != nil {
		return
	}
	if v, ok := starlark.AsBuffer(args[0]); ok {
		sub = string(v)
		return
	}
	switch v := args[0].(type) {
	case starlark.Int, starlark.Bool:
		var x int
		if x, err = ssize(b.Name(), v); err != nil {
			return
		}
		if x < 0 || x > 255 {
			err = pyerr.ValueErr(b.Name(), "byte must be in range(0, 256)")
			return
		}
		sub = string([]byte{byte(x)})
	default:
		err = pyerr.TypeErr(b.Name(), "argument should be integer or bytes-like object, not '%s'", pyerr.TypeName(v))
	}
	return
}

// find is find, rfind, index and rindex.
func find(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, sub, start, end, err := findArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	i := -1
	if end-start >= len(sub) {
		if name := b.Name(); name == "find" || name == "index" {
			i = strings.Index(s[start:end], sub)
		} else {
			i = strings.LastIndex(s[start:end], sub)
		}
		if i >= 0 {
			i += start
		}
	}
	if i < 0 && (b.Name() == "index" || b.Name() == "rindex") {
		return nil, pyerr.ValueErr(b.Name(), "subsection not found")
	}
	return starlark.MakeInt(i), nil
}

func count(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, sub, start, end, err := findArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	switch {
	case end < start:
		return starlark.MakeInt(0), nil
	case sub == "":
		return starlark.MakeInt(end - start + 1), nil
	}
	return starlark.MakeInt(strings.Count(s[start:end], sub)), nil
}

// tailmatch is startswith and endswith: prefix is a bytes or a tuple of
// them, tried in order.
func tailmatch(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	s := recv(b)
	start, end, err := span(b.Name(), args[1:], len(s))
	if err != nil {
		return nil, err
	}
	match := func(sub string) bool {
		if b.Name() == "startswith" {
			return start+len(sub) <= len(s) && end-start >= len(sub) && s[start:start+len(sub)] == sub
		}
		if end-start < len(sub) || start > len(s) {
			return false
		}
		return s[end-len(sub):end] == sub
	}
	if p, ok := starlark.AsBuffer(args[0]); ok {
		return starlark.Bool(match(string(p))), nil
	}
	switch p := args[0].(type) {
	case starlark.Tuple:
		for _, item := range p {
			sub, err := buffer(b.Name(), item)
			if err != nil {
				return nil, err
			}
			if match(sub) {
				return starlark.True, nil
			}
		}
		return starlark.False, nil
	}
	return nil, pyerr.TypeErr(b.Name(), "%s first arg must be bytes or a tuple of bytes, not %s", b.Name(), pyerr.TypeName(args[0]))
}

// split is split and rsplit(sep=None, maxsplit=-1).
func split(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sepV starlark.Value = starlark.None
	var maxV starlark.Value = starlark.MakeInt(-1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return nil, err
	}
	maxsplit, err := ssize(b.Name(), maxV)
	if err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		maxsplit = int(^uint(0) >> 1)
	}
	s := recv(b)
	right := b.Name() == "rsplit"
	var parts []string
	if sepV == starlark.None {
		parts = splitSpace(s, maxsplit, right)
	} else {
		sep, err := buffer(b.Name(), sepV)
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, pyerr.ValueErr(b.Name(), "empty separator")
		}
		parts = splitSep(s, sep, maxsplit, right)
	}
	return bytesList(parts), nil
}

// splitSep splits s at sep at most maxsplit times, from the right if
// right is set (the parts then still come in order).
func splitSep(s, sep string, maxsplit int, right bool) []string {
	if !right {
		if maxsplit < len(s)+1 {
			return strings.SplitN(s, sep, maxsplit+1)
		}
		return strings.Split(s, sep)
	}
	var rev []string
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	parts := append(make([]string, 0, len(rev)+1), s)
	for i := len(rev) - 1; i >= 0; i-- {
		parts = append(parts, rev[i])
	}
	return parts
}

// splitSpace is split with no separator: runs of whitespace separate,
// and whitespace at either end makes no empty part; when maxsplit runs
// out, the rest (its leading whitespace skipped) is the last part.
func splitSpace(s string, maxsplit int, right bool) []string {
	var parts []string
	if !right {
		i := 0
		for ; maxsplit > 0; maxsplit-- {
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i == len(s) {
				return parts
			}
			j := i
			for i < len(s) && !isSpace(s[i]) {
				i++
			}
			parts = append(parts, s[j:i])
		}
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i < len(s) {
			parts = append(parts, s[i:])
		}
		return parts
	}
	i := len(s)
	for ; maxsplit > 0; maxsplit-- {
		for i > 0 && isSpace(s[i-1]) {
			i--
		}
		if i == 0 {
			break
		}
		j := i
		for i > 0 && !isSpace(s[i-1]) {
			i--
		}
		parts = append(parts, s[i:j])
	}
	if maxsplit == 0 {
		for i > 0 && isSpace(s[i-1]) {
			i--
		}
		if i > 0 {
			parts = append(parts, s[:i])
		}
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

func bytesList(parts []string) *starlark.List {
	elems := make([]starlark.Value, len(parts))
	for i, p := range parts {
		elems[i] = starlark.Bytes(p)
	}
	return starlark.NewList(elems)
}

// splitlines(keepends=False) splits at \n, \r and \r\n.
func splitlines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var keepV starlark.Value = starlark.False
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "keepends?", &keepV); err != nil {
		return nil, err
	}
	keep, err := ssize(b.Name(), keepV)
	if err != nil {
		return nil, err
	}
	s := recv(b)
	var parts []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		eol := j
		if j < len(s) {
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
			if keep != 0 {
				eol = j
			}
		}
		parts = append(parts, s[i:eol])
		i = j
	}
	return bytesList(parts), nil
}

// partition is partition and rpartition.
func partition(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	sep, err := buffer(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, pyerr.ValueErr(b.Name(), "empty separator")
	}
	s := recv(b)
	var i int
	if b.Name() == "partition" {
		if i = strings.Index(s, sep); i < 0 {
			return bytesTuple(s, "", ""), nil
		}
	} else if i = strings.LastIndex(s, sep); i < 0 {
		return bytesTuple("", "", s), nil
	}
	return bytesTuple(s[:i], sep, s[i+len(sep):]), nil
}

func bytesTuple(parts ...string) starlark.Tuple {
	t := make(starlark.Tuple, len(parts))
	for i, p := range parts {
		t[i] = starlark.Bytes(p)
	}
	return t
}

// strip is strip, lstrip and rstrip(chars=None).
func strip(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	in := isSpace
	if len(args) == 1 && args[0] != starlark.None {
		chars, err := buffer(b.Name(), args[0])
		if err != nil {
			return nil, err
		}
		in = func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
	}
	s := recv(b)
	i, j := 0, len(s)
	if b.Name() != "rstrip" {
		for i < j && in(s[i]) {
			i++
		}
	}
	if b.Name() != "lstrip" {
		for j > i && in(s[j-1]) {
			j--
		}
	}
	return starlark.Bytes(s[i:j]), nil
}

// removeAffix is removeprefix and removesuffix.
func removeAffix(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	affix, err := buffer(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	s := recv(b)
	if b.Name() == "removeprefix" {
		return starlark.Bytes(strings.TrimPrefix(s, affix)), nil
	}
	return starlark.Bytes(strings.TrimSuffix(s, affix)), nil
}

// replace(old, new, count=-1).
func replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	old, err := buffer(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	new, err := buffer(b.Name(), args[1])
	if err != nil {
		return nil, err
	}
	n := -1
	if len(args) == 3 {
		if n, err = ssize(b.Name(), args[2]); err != nil {
			return nil, err
		}
	}
	s := recv(b)
	if old != "" {
		return starlark.Bytes(strings.Replace(s, old, new, n)), nil
	}
	// An empty old matches before every byte and at the end (Go's
	// strings.Replace would count UTF-8 sequences, not bytes).
	if n < 0 || n > len(s)+1 {
		n = len(s) + 1
	}
	var out strings.Builder
	for i := range n {
		out.WriteString(new)
		if i < len(s) {
			out.WriteByte(s[i])
		}
	}
	if n <= len(s) {
		out.WriteString(s[n:])
	}
	return starlark.Bytes(out.String()), nil
}

// join(iterable_of_bytes).
func join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	item := func(i int, v starlark.Value) error {
		return pyerr.TypeErr(b.Name(), "sequence item %d: expected a bytes-like object, %s found", i, pyerr.TypeName(v))
	}
	// Python iterates str and bytes (by character, by int); Starlark
	// does not, so their first item is described here.
	switch v := args[0].(type) {
	case starlark.String:
		if len(v) > 0 {
			return nil, item(0, v[:1])
		}
		return starlark.Bytes(""), nil
	case starlark.Bytes:
		if len(v) > 0 {
			return nil, item(0, starlark.MakeInt(int(v[0])))
		}
		return starlark.Bytes(""), nil
	}
	iter := starlark.Iterate(args[0])
	if iter == nil {
		return nil, pyerr.TypeErr(b.Name(), "can only join an iterable")
	}
	defer iter.Done()
	sep := recv(b)
	var out strings.Builder
	var v starlark.Value
	for i := 0; iter.Next(&v); i++ {
		p, ok := starlark.AsBuffer(v)
		if !ok {
			return nil, item(i, v)
		}
		if i > 0 {
			out.WriteString(sep)
		}
		out.WriteString(string(p))
	}
	return starlark.Bytes(out.String()), nil
}
