// netrepl patch: the runtime of Python 3.11's statements (del, assert,
// starred assignment, nonlocal) and of Python's errors for unbound
// names and unpacking (with PythonSemantics).

package starlark

import (
	"fmt"
	"strconv"
	"strings"
)

// HasDelAttr is a value whose attributes Python's del x.name removes
// (a netrepl patch).
type HasDelAttr interface {
	Value
	DelAttr(name string) error
}

// HasDelKey is a mapping or sequence from which Python's del x[k]
// removes an item, beyond dict and list (a netrepl patch).
type HasDelKey interface {
	Value
	DelKey(k Value) error
}

// pyTypeName is a value's type as Python names it in messages.
func pyTypeName(v Value) string {
	if _, ok := v.(String); ok {
		return "str"
	}
	return v.Type()
}

// pyRepr is v as Python shows it in a KeyError: a str in single quotes.
func pyRepr(v Value) string {
	s, ok := v.(String)
	if !ok {
		return v.String()
	}
	q := strconv.Quote(string(s))
	if strings.Contains(string(s), "'") {
		return q
	}
	return "'" + strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`) + "'"
}

// delIndex implements del x[y].
func delIndex(x, y Value) error {
	switch x := x.(type) {
	case *Dict:
		_, found, err := x.Delete(y)
		if err != nil {
			return err
		}
		if !found {
			return KeyError(y)
		}
		return nil
	case *List:
		i, ok := y.(Int)
		if !ok {
			return &PyError{Type: "TypeError", Msg: fmt.Sprintf("list indices must be integers or slices, not %s", pyTypeName(y))}
		}
		n := x.Len()
		j, ok := i.Int64()
		if ok && j < 0 {
			j += int64(n)
		}
		if !ok || j < 0 || j >= int64(n) {
			return &PyError{Type: "IndexError", Msg: "list assignment index out of range"}
		}
		if err := x.checkMutable("delete from"); err != nil {
			return err
		}
		x.elems = append(x.elems[:j], x.elems[j+1:]...)
		return nil
	case HasDelKey:
		return x.DelKey(y)
	}
	return &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object doesn't support item deletion", pyTypeName(x))}
}

// delSlice implements del x[lo:hi:step].
func delSlice(x, lo, hi, step Value) error {
	if ba, ok := x.(*Bytearray); ok {
		start, end, step, err := sliceIndices(ba.Len(), lo, hi, step)
		if err != nil {
			return err
		}
		return ba.DelSlice(start, end, step)
	}
	l, ok := x.(*List)
	if !ok {
		return &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object does not support item deletion", pyTypeName(x))}
	}
	// The indices a slice of l would take, as a slice of 0..n-1.
	n := l.Len()
	index := make(Tuple, n)
	for i := range index {
		index[i] = MakeInt(i)
	}
	sel, err := slice(index, lo, hi, step)
	if err != nil {
		return err
	}
	if sel.(Tuple).Len() == 0 {
		return nil
	}
	if err := l.checkMutable("delete from"); err != nil {
		return err
	}
	drop := make([]bool, n)
	for _, i := range sel.(Tuple) {
		j, _ := AsInt32(i)
		drop[j] = true
	}
	kept := l.elems[:0]
	for i, v := range l.elems {
		if !drop[i] {
			kept = append(kept, v)
		}
	}
	clear(l.elems[len(kept):])
	l.elems = kept
	return nil
}

// delAttr implements del x.name.
func delAttr(x Value, name string) error {
	if x, ok := x.(HasDelAttr); ok {
		return x.DelAttr(name)
	}
	if x, ok := x.(HasAttrs); ok {
		if v, _ := x.Attr(name); v != nil {
			return &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'%s' object attribute '%s' is read-only", pyTypeName(x), name)}
		}
	}
	return &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'%s' object has no attribute '%s'", pyTypeName(x), name)}
}

// unpackEx implements a, *b, c = iterable: before values, a list, and
// after values, in order.
func unpackEx(iterable Value, before, after int) ([]Value, error) {
	iter := pyIterate(iterable)
	if iter == nil {
		return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("cannot unpack non-iterable %s object", pyTypeName(iterable))}
	}
	defer iter.Done()
	var all []Value
	var x Value
	for iter.Next(&x) {
		all = append(all, x)
	}
	if len(all) < before+after {
		return nil, &PyError{Type: "ValueError", Msg: fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", before+after, len(all))}
	}
	out := make([]Value, 0, before+1+after)
	out = append(out, all[:before]...)
	out = append(out, NewList(append([]Value(nil), all[before:len(all)-after]...)))
	out = append(out, all[len(all)-after:]...)
	return out, nil
}

// unpackError is UNPACK's error: Python's with PythonSemantics
// (got is -1 for a non-iterable, n+1 for too many), else Starlark's.
func unpackError(iterable Value, got, want int) error {
	if !PythonSemantics {
		switch {
		case got < 0:
			return fmt.Errorf("got %s in sequence assignment", iterable.Type())
		case got > want:
			return fmt.Errorf("too many values to unpack (got %d, want %d)", Len(iterable), want)
		}
		return fmt.Errorf("too few values to unpack (got %d, want %d)", got, want)
	}
	switch {
	case got < 0:
		return &PyError{Type: "TypeError", Msg: fmt.Sprintf("cannot unpack non-iterable %s object", pyTypeName(iterable))}
	case got > want:
		return &PyError{Type: "ValueError", Msg: fmt.Sprintf("too many values to unpack (expected %d)", want)}
	}
	return &PyError{Type: "ValueError", Msg: fmt.Sprintf("not enough values to unpack (expected %d, got %d)", want, got)}
}

// unboundLocal is the error for a local read before it is assigned
// (or after del).
func unboundLocal(name string) error {
	if !PythonSemantics {
		return fmt.Errorf("local variable %s referenced before assignment", name)
	}
	return &PyError{Type: "UnboundLocalError", Msg: fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", name)}
}

// unboundFree is the error for a free variable read before the
// enclosing function assigns it.
func unboundFree(name string) error {
	if !PythonSemantics {
		return fmt.Errorf("local variable %s referenced before assignment", name)
	}
	return &PyError{Type: "NameError", Msg: fmt.Sprintf("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)}
}

// unboundGlobal is the error for a global read before it is assigned.
func unboundGlobal(name string) error {
	if !PythonSemantics {
		return fmt.Errorf("global variable %s referenced before assignment", name)
	}
	return &PyError{Type: "NameError", Msg: fmt.Sprintf("name '%s' is not defined", name)}
}

// globalFallback is what a read of the unbound global name finds in
// Python: the predeclared or universal value of that name (global len
// in a function, or len read after del len), or nil. Starlark finds
// nothing.
func globalFallback(m *Module, name string) Value {
	if !PythonSemantics {
		return nil
	}
	if v, ok := m.predeclared[name]; ok {
		return v
	}
	if v, ok := Universe[name]; ok {
		return v
	}
	return nil
}

// assertionError is the error of a failed assert: msg is the message
// value, or nil for none.
func assertionError(msg Value) error {
	if msg == nil {
		return &PyError{Type: "AssertionError"}
	}
	if s, ok := msg.(String); ok {
		return &PyError{Type: "AssertionError", Msg: string(s)}
	}
	return &PyError{Type: "AssertionError", Msg: msg.String()}
}

// pyIterate is Iterate, and with PythonSemantics a str's characters, as
// Python's unpacking and starred displays take them.
func pyIterate(v Value) Iterator {
	if s, ok := v.(String); ok && PythonSemantics {
		return stringCodepoints{s, false}.Iterate()
	}
	return Iterate(v)
}

// starExtend appends the elements of y to list: *y in a display.
func starExtend(list *List, y Value) error {
	iter := pyIterate(y)
	if iter == nil {
		return &PyError{Type: "TypeError", Msg: fmt.Sprintf("Value after * must be an iterable, not %s", pyTypeName(y))}
	}
	defer iter.Done()
	var x Value
	for iter.Next(&x) {
		list.elems = append(list.elems, x)
	}
	return nil
}
