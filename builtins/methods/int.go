package methods

import (
	"math/big"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Int are the methods added to int, IntAttrs the attributes of the
// builtin int (class methods in Python).
var (
	Int = []struct {
		Name string
		Fn   method
		Doc  string
	}{
		{"to_bytes", toBytes, "to_bytes(length=1, byteorder='big', *, signed=False)\nThe int as length bytes, 'big' or 'little' endian: (258).to_bytes(2, 'big') is b'\\x01\\x02'. OverflowError if it does not fit."},
		{"bit_length", bitLength, "bit_length()\nThe number of bits needed for abs(n), without sign and leading zeros: (255).bit_length() is 8."},
	}
	FromBytes = doc.Func("from_bytes", `int.from_bytes(bytes, byteorder='big', *, signed=False)
The int that bytes (a bytes, a bytearray or an iterable of byte values)
encode, 'big' or 'little' endian, two's complement if signed:
int.from_bytes(b"\x01\x02", "big") is 258.`, fromBytes)
)

func init() {
	for _, m := range Int {
		starlark.SetMethod("int", m.Name, starlark.NewBuiltin(m.Name, m.Fn))
		doc.Method("int", m.Name, m.Doc)
	}
}

// byteorder is the byteorder argument: true for "little".
func byteorder(fname string, v starlark.Value) (little bool, err error) {
	if v == nil {
		return false, nil
	}
	s, ok := v.(starlark.String)
	if !ok {
		return false, pyerr.New("TypeError", "%s() argument 'byteorder' must be str, not %s", fname, clinicType(v))
	}
	switch s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, pyerr.New("ValueError", "byteorder must be either 'little' or 'big'")
}

// intArgs parses (a?, byteorder?, *, signed=False), at most 2 positional.
func intArgs(fname, first string, args starlark.Tuple, kwargs []starlark.Tuple, a *starlark.Value) (little, signed bool, err error) {
	if len(args) > 2 {
		return false, false, pyerr.New("TypeError", "%s() takes at most 2 positional arguments (%d given)", fname, len(args))
	}
	var order, signedV starlark.Value
	if err := starlark.UnpackArgs(fname, args, kwargs, first, a, "byteorder?", &order, "signed?", &signedV); err != nil {
		return false, false, err
	}
	little, err = byteorder(fname, order)
	return little, signedV != nil && bool(signedV.Truth()), err
}

func toBytes(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lengthV starlark.Value
	little, signed, err := intArgs("to_bytes", "length?", args, kwargs, &lengthV)
	if err != nil {
		return nil, err
	}
	length := 1
	if lengthV != nil {
		if length, err = ssize("to_bytes", lengthV); err != nil {
			return nil, err
		}
	}
	if length < 0 {
		return nil, pyerr.New("ValueError", "length argument must be non-negative")
	}
	if length > 1<<30 {
		return nil, pyerr.New("MemoryError", "")
	}
	n := b.Receiver().(starlark.Int).BigInt()
	if n.Sign() < 0 && !signed {
		return nil, pyerr.New("OverflowError", "can't convert negative int to unsigned")
	}
	// n must fit: unsigned in 8*length bits; signed in [-2**(8l-1),
	// 2**(8l-1)); in no bytes, 0 (and -1 signed, as CPython has it).
	tooBig := length == 0 && n.Sign() != 0 && !(signed && n.Cmp(big.NewInt(-1)) == 0)
	if length > 0 {
		bits := uint(8 * length)
		if signed {
			bits--
		}
		limit := new(big.Int).Lsh(big.NewInt(1), bits)
		tooBig = n.Cmp(limit) >= 0 || (n.Sign() < 0 && new(big.Int).Neg(n).Cmp(limit) > 0)
	}
	if tooBig {
		return nil, pyerr.New("OverflowError", "int too big to convert")
	}
	u := new(big.Int).Set(n)
	if n.Sign() < 0 { // two's complement
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	out := u.FillBytes(make([]byte, length))
	if little {
		reverse(out)
	}
	return starlark.Bytes(out), nil
}

func fromBytes(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var source starlark.Value
	little, signed, err := intArgs("from_bytes", "bytes", args, kwargs, &source)
	if err != nil {
		return nil, err
	}
	switch source.(type) {
	case starlark.String, starlark.Int, starlark.Bool: // bytes(x) takes them; PyBytes_FromObject does not
		return nil, pyerr.New("TypeError", "cannot convert '%s' object to bytes", pyerr.TypeName(source))
	}
	data, err := bytesSource(thread, "bytes", starlark.Tuple{source}, nil)
	if err != nil {
		return nil, err
	}
	if little {
		reverse(data)
	}
	n := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	return starlark.MakeBigInt(n), nil
}

func bitLength(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args)+len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "int.bit_length() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	n := b.Receiver().(starlark.Int).BigInt()
	return starlark.MakeInt(n.BitLen()), nil // BitLen is of the absolute value
}

func reverse(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}
