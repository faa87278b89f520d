package structs

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
)

// Struct is struct.Struct(format): a compiled format as a value. It is
// immutable, so it can be shared between threads as it is.
type Struct struct{ f *Format }

var _ starlark.HasAttrs = (*Struct)(nil)

func (s *Struct) String() string        { return "Struct(" + starlark.String(s.f.text).String() + ")" }
func (s *Struct) Type() string          { return "Struct" }
func (s *Struct) Freeze()               {}
func (s *Struct) Truth() starlark.Bool  { return true }
func (s *Struct) Hash() (uint32, error) { return starlark.String(s.f.text).Hash() }

func (s *Struct) Attr(name string) (starlark.Value, error) {
	switch name {
	case "format":
		return starlark.String(s.f.text), nil
	case "size":
		return starlark.MakeInt(s.f.size), nil
	}
	if m, ok := structMethods[name]; ok {
		return m.BindReceiver(s), nil
	}
	return nil, nil
}

func (s *Struct) AttrNames() []string {
	names := []string{"format", "size"}
	for name := range structMethods {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

var structMethods = map[string]*starlark.Builtin{
	"pack":        starlark.NewBuiltin("pack", structPack),
	"pack_into":   starlark.NewBuiltin("pack_into", structPackInto),
	"unpack":      starlark.NewBuiltin("unpack", structUnpack),
	"unpack_from": starlark.NewBuiltin("unpack_from", structUnpackFrom),
	"iter_unpack": starlark.NewBuiltin("iter_unpack", structIterUnpack),
}

func init() {
	doc.Type("Struct", `Struct(format): a compiled struct format.
  .format  the format string
  .size    calcsize(format)`)
	doc.Method("Struct", "pack", "pack(v1, v2, ...)\nPack the values by the Struct's format; see struct.pack.")
	doc.Method("Struct", "unpack", "unpack(buffer)\nUnpack buffer (exactly .size bytes) into a tuple; see struct.unpack.")
	doc.Method("Struct", "unpack_from", "unpack_from(buffer, offset=0)\nUnpack .size bytes of buffer from offset on; see struct.unpack_from.")
	doc.Method("Struct", "iter_unpack", "iter_unpack(buffer)\nUnpack buffer chunk by chunk of .size bytes; see struct.iter_unpack.")
	doc.Type("unpack_iterator", "unpack_iterator: what iter_unpack returns; iterate it for one tuple per chunk.")
}

func receiver(b *starlark.Builtin) *Format { return b.Receiver().(*Struct).f }

func structPack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	return receiver(b).Pack(args)
}

func structUnpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, arityError(b, args, kwargs, 1)
	}
	buf, err := bufferArg(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	return receiver(b).Unpack(buf)
}

func structUnpackFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var buffer starlark.Value
	var offset starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "buffer", &buffer, "offset?", &offset); err != nil {
		return nil, err
	}
	return receiver(b).unpackFromArgs(b.Name(), buffer, offset)
}

func structIterUnpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, arityError(b, args, kwargs, 1)
	}
	f := receiver(b)
	buf, err := f.iterCheck(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	return &unpackIterator{f: f, buf: buf}, nil
}

// unpackIterator is what iter_unpack returns: it unpacks lazily, one
// chunk per step. iterCheck has ruled out every error beforehand.
type unpackIterator struct {
	f   *Format
	buf string
}

var _ starlark.Iterable = (*unpackIterator)(nil)

func (it *unpackIterator) String() string {
	return fmt.Sprintf("<unpack_iterator of %d tuples>", len(it.buf)/it.f.size)
}
func (it *unpackIterator) Type() string         { return "unpack_iterator" }
func (it *unpackIterator) Freeze()              {}
func (it *unpackIterator) Truth() starlark.Bool { return true }
func (it *unpackIterator) Hash() (uint32, error) {
	return 0, fmt.Errorf("unhashable type: unpack_iterator")
}
func (it *unpackIterator) Iterate() starlark.Iterator {
	return &chunks{f: it.f, buf: it.buf}
}

type chunks struct {
	f   *Format
	buf string
}

func (c *chunks) Next(p *starlark.Value) bool {
	if len(c.buf) == 0 {
		return false
	}
	t, err := c.f.unpack(c.buf[:c.f.size])
	if err != nil { // cannot happen: iterCheck found every error
		return false
	}
	c.buf = c.buf[c.f.size:]
	*p = t
	return true
}

func (c *chunks) Done() {}
