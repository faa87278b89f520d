// netrepl patch: Python's bytearray, a mutable bytes for building
// packets. It is a value of netrepl's dialect only: nothing in upstream's
// Starlark makes one (netrepl's bytearray() builtin does, through
// NewBytearray).

package starlark

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/syntax"
)

// A Bytearray is a mutable sequence of bytes: Python's bytearray. It
// indexes and iterates as ints, slices as a bytearray, compares with
// bytes by content, and has the methods of bytes (returning bytearray
// where they return bytes) plus append, extend, insert, pop, remove,
// clear, copy and reverse. As Python's, it is not hashable, and it may
// be changed while it is iterated.
type Bytearray struct {
	b      []byte
	frozen bool
}

var (
	_ Value       = (*Bytearray)(nil)
	_ Sliceable   = (*Bytearray)(nil)
	_ HasSetIndex = (*Bytearray)(nil)
	_ Sequence    = (*Bytearray)(nil)
	_ Comparable  = (*Bytearray)(nil)
	_ HasBinary   = (*Bytearray)(nil)
	_ HasAttrs    = (*Bytearray)(nil)
	_ Container   = (*Bytearray)(nil)
)

// NewBytearray returns a bytearray holding b (not copied: the caller
// gives it up).
func NewBytearray(b []byte) *Bytearray { return &Bytearray{b: b} }

// Bytes is a copy of the bytearray's content.
func (ba *Bytearray) Bytes() Bytes { return Bytes(ba.b) }

func (ba *Bytearray) String() string {
	return "bytearray(" + Bytes(ba.b).String() + ")"
}
func (ba *Bytearray) Type() string { return "bytearray" }
func (ba *Bytearray) Freeze()      { ba.frozen = true }
func (ba *Bytearray) Truth() Bool  { return len(ba.b) > 0 }
func (ba *Bytearray) Hash() (uint32, error) {
	return 0, &PyError{"TypeError", "unhashable type: 'bytearray'"}
}
func (ba *Bytearray) Len() int          { return len(ba.b) }
func (ba *Bytearray) Index(i int) Value { return MakeInt(int(ba.b[i])) }

func (ba *Bytearray) Slice(start, end, step int) Value {
	if step == 1 {
		return NewBytearray(append([]byte(nil), ba.b[start:end]...))
	}
	sign := signum(step)
	var out []byte
	for i := start; signum(end-i) == sign; i += step {
		out = append(out, ba.b[i])
	}
	return NewBytearray(out)
}

func (ba *Bytearray) checkMutable() error {
	if ba.frozen {
		return fmt.Errorf("cannot modify frozen bytearray")
	}
	return nil
}

func (ba *Bytearray) SetIndex(i int, v Value) error {
	if err := ba.checkMutable(); err != nil {
		return err
	}
	c, err := pyByte(v)
	if err != nil {
		return err
	}
	ba.b[i] = c
	return nil
}

// Iterate yields the bytes as ints, reading the bytearray as it is at
// each step (Python's bytearray iterator), so a loop may change it.
func (ba *Bytearray) Iterate() Iterator { return &bytearrayIterator{ba: ba} }

type bytearrayIterator struct {
	ba *Bytearray
	i  int
}

func (it *bytearrayIterator) Next(p *Value) bool {
	if it.i >= len(it.ba.b) {
		return false
	}
	*p = MakeInt(int(it.ba.b[it.i]))
	it.i++
	return true
}

func (*bytearrayIterator) Done() {}

func (ba *Bytearray) Has(y Value) (bool, error) { return pyBytesHas(ba.b, y) }

func (ba *Bytearray) CompareSameType(op syntax.Token, y Value, depth int) (bool, error) {
	return threeway(op, strings.Compare(string(ba.b), string(y.(*Bytearray).b))), nil
}

// Binary is +, with a bytes-like operand (bytes + bytearray is a bytes,
// as Python's), and * by an int.
func (ba *Bytearray) Binary(op syntax.Token, y Value, side Side) (Value, error) {
	switch op {
	case syntax.PLUS:
		yb, ok := AsBuffer(y)
		if !ok {
			if side == Left {
				return nil, &PyError{"TypeError", fmt.Sprintf("can't concat %s to bytearray", pyTypeName(y))}
			}
			return nil, nil
		}
		if side == Right {
			return Bytes(string(yb) + string(ba.b)), nil
		}
		return NewBytearray([]byte(string(ba.b) + string(yb))), nil
	case syntax.STAR:
		n, ok := y.(Int)
		if !ok {
			return nil, nil
		}
		s, err := stringRepeat(String(ba.b), n)
		if err != nil {
			return nil, err
		}
		return NewBytearray([]byte(s)), nil
	}
	return nil, nil
}

// inplaceAdd is ba += y: ba extended in place (Python's bytearray +=),
// when y is bytes-like; ok is false otherwise.
func (ba *Bytearray) inplaceAdd(y Value) (ok bool, err error) {
	yb, ok := AsBuffer(y)
	if !ok {
		return false, nil
	}
	if err := ba.checkMutable(); err != nil {
		return true, err
	}
	ba.b = append(ba.b, yb...)
	return true, nil
}

// bytearrayMethods are bytearray's own methods, those that change it;
// the methods of bytes are there too (Attr).
var bytearrayMethods = map[string]*Builtin{
	"append":  NewBuiltin("append", bytearrayAppend),
	"extend":  NewBuiltin("extend", bytearrayExtend),
	"insert":  NewBuiltin("insert", bytearrayInsert),
	"pop":     NewBuiltin("pop", bytearrayPop),
	"remove":  NewBuiltin("remove", bytearrayRemove),
	"clear":   NewBuiltin("clear", bytearrayClear),
	"copy":    NewBuiltin("copy", bytearrayCopy),
	"reverse": NewBuiltin("reverse", bytearrayReverse),
}

// Attr is a method of bytearray's own, or a method of bytes applied to
// the bytearray's content, whose bytes results (also in a list or a
// tuple: split, partition) are bytearrays, as Python's are.
func (ba *Bytearray) Attr(name string) (Value, error) {
	if m := bytearrayMethods[name]; m != nil {
		return m.BindReceiver(ba), nil
	}
	m := bytesMethods[name]
	if m == nil {
		return nil, nil
	}
	return NewBuiltin(name, func(thread *Thread, _ *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		v, err := Call(thread, m.BindReceiver(Bytes(ba.b)), args, kwargs)
		if err != nil {
			return nil, err
		}
		return bytesToBytearray(v), nil
	}).BindReceiver(ba), nil
}

func bytesToBytearray(v Value) Value {
	switch v := v.(type) {
	case Bytes:
		return NewBytearray([]byte(v))
	case *List:
		for i, x := range v.elems {
			v.elems[i] = bytesToBytearray(x)
		}
	case Tuple:
		for i, x := range v {
			v[i] = bytesToBytearray(x)
		}
	}
	return v
}

func (ba *Bytearray) AttrNames() []string {
	names := make([]string, 0, len(bytearrayMethods)+len(bytesMethods))
	for name := range bytearrayMethods {
		names = append(names, name)
	}
	for name := range bytesMethods {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func bytearrayRecv(b *Builtin) (*Bytearray, error) {
	ba := b.Receiver().(*Bytearray)
	return ba, ba.checkMutable()
}

func bytearrayAppend(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	c, err := pyByte(x)
	if err != nil {
		return nil, err
	}
	ba.b = append(ba.b, c)
	return None, nil
}

// byteValues is the bytes of an iterable of byte values or a bytes-like
// value, as bytearray.extend and slice assignment take them.
func byteValues(x Value) ([]byte, bool, error) {
	if s, ok := AsBuffer(x); ok {
		return []byte(s), true, nil
	}
	if _, ok := x.(String); ok {
		return nil, true, &PyError{"TypeError", "'str' object cannot be interpreted as an integer"}
	}
	it, ok := pyIterable(x)
	if !ok {
		return nil, false, nil
	}
	iter := it.Iterate()
	defer iter.Done()
	var out []byte
	var v Value
	for iter.Next(&v) {
		c, err := pyByte(v)
		if err != nil {
			return nil, true, err
		}
		out = append(out, c)
	}
	return out, true, nil
}

func bytearrayExtend(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	more, ok, err := byteValues(x)
	if !ok {
		return nil, &PyError{"TypeError", fmt.Sprintf("can't extend bytearray with %s", pyTypeName(x))}
	}
	if err != nil {
		return nil, err
	}
	ba.b = append(ba.b, more...)
	return None, nil
}

func bytearrayInsert(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var i int
	var x Value
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	c, err := pyByte(x)
	if err != nil {
		return nil, err
	}
	n := len(ba.b)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	ba.b = append(ba.b, 0)
	copy(ba.b[i+1:], ba.b[i:n])
	ba.b[i] = c
	return None, nil
}

func bytearrayPop(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	i := -1
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0, &i); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	n := len(ba.b)
	if n == 0 {
		return nil, &PyError{"IndexError", "pop from empty bytearray"}
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, &PyError{"IndexError", "pop index out of range"}
	}
	c := ba.b[i]
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return MakeInt(int(c)), nil
}

func bytearrayRemove(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	c, err := pyByte(x)
	if err != nil {
		return nil, err
	}
	for i, y := range ba.b {
		if y == c {
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
			return None, nil
		}
	}
	return nil, &PyError{"ValueError", "value not found in bytearray"}
}

func bytearrayClear(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	ba.b = nil
	return None, nil
}

func bytearrayCopy(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	ba := b.Receiver().(*Bytearray)
	return NewBytearray(append([]byte(nil), ba.b...)), nil
}

func bytearrayReverse(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	ba, err := bytearrayRecv(b)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(ba.b)-1; i < j; i, j = i+1, j-1 {
		ba.b[i], ba.b[j] = ba.b[j], ba.b[i]
	}
	return None, nil
}

// SetSlice is ba[start:end:step] = v (Python's slice assignment; the
// indices are as Sliceable.Slice takes them): v is bytes-like or an
// iterable of byte values; an extended slice takes as many as it has.
func (ba *Bytearray) SetSlice(start, end, step int, v Value) error {
	if err := ba.checkMutable(); err != nil {
		return err
	}
	vals, ok, err := byteValues(v)
	if _, isStr := v.(String); !ok || isStr {
		return &PyError{"TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)"}
	}
	if err != nil {
		return err
	}
	if step == 1 {
		if end < start {
			end = start
		}
		out := make([]byte, 0, len(ba.b)-(end-start)+len(vals))
		out = append(out, ba.b[:start]...)
		out = append(out, vals...)
		out = append(out, ba.b[end:]...)
		ba.b = out
		return nil
	}
	var idx []int
	sign := signum(step)
	for i := start; signum(end-i) == sign; i += step {
		idx = append(idx, i)
	}
	if len(idx) != len(vals) {
		return &PyError{"ValueError", fmt.Sprintf("attempt to assign bytes of size %d to extended slice of size %d", len(vals), len(idx))}
	}
	for k, i := range idx {
		ba.b[i] = vals[k]
	}
	return nil
}

// DelKey is del ba[i] (Python's del statement; its interpreter hook
// takes a value with this method).
func (ba *Bytearray) DelKey(k Value) error {
	if err := ba.checkMutable(); err != nil {
		return err
	}
	i, err := AsInt32(k)
	if err != nil {
		return pyIndexTypeError(ba, k)
	}
	n := len(ba.b)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return &PyError{"IndexError", "bytearray index out of range"}
	}
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return nil
}

// DelSlice is del ba[start:end:step], the indices as Slice takes them.
func (ba *Bytearray) DelSlice(start, end, step int) error {
	if err := ba.checkMutable(); err != nil {
		return err
	}
	drop := make([]bool, len(ba.b))
	sign := signum(step)
	for i := start; signum(end-i) == sign; i += step {
		drop[i] = true
	}
	kept := ba.b[:0]
	for i, c := range ba.b {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	ba.b = kept
	return nil
}
