package structs

import (
	"encoding/binary"

	"go.starlark.net/starlark"
)

// formatDef describes one format character in one table, as CPython's
// formatdef does: its size and alignment, and the functions that pack a
// Starlark value into size bytes and unpack size bytes into a value.
// 'x', 's' and 'p' have no functions: the codec handles them itself.
type formatDef struct {
	format byte
	size   int
	align  int  // 0: no alignment (standard tables, and 1-byte codes)
	little bool // byte order of the table
	signed bool // for the integer codes
	pack   func(p []byte, v starlark.Value, e *formatDef) error
	unpack func(s string, e *formatDef) starlark.Value
}

// table maps a format character to its definition; nil is a bad char.
type table [256]*formatDef

// hostLittle is the byte order of native mode. CPython's native sizes
// and alignments below are those of LP64 Linux (amd64, arm64), where
// netrepl runs; both are little-endian, but the order is not assumed.
var hostLittle = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

var (
	nativeTable = makeTable(hostLittle, []formatDef{
		{format: 'x', size: 1},
		{format: 'b', size: 1, signed: true, pack: packByte, unpack: unpackInt},
		{format: 'B', size: 1, pack: packUbyte, unpack: unpackInt},
		{format: 'c', size: 1, pack: packChar, unpack: unpackChar},
		{format: 's', size: 1},
		{format: 'p', size: 1},
		{format: 'h', size: 2, align: 2, signed: true, pack: packShort, unpack: unpackInt},
		{format: 'H', size: 2, align: 2, pack: packUshort, unpack: unpackInt},
		{format: 'i', size: 4, align: 4, signed: true, pack: packNativeInt, unpack: unpackInt},
		{format: 'I', size: 4, align: 4, pack: packNativeUint, unpack: unpackInt},
		{format: 'l', size: 8, align: 8, signed: true, pack: packLong, unpack: unpackInt},
		{format: 'L', size: 8, align: 8, pack: packUlong, unpack: unpackInt},
		{format: 'n', size: 8, align: 8, signed: true, pack: packLong, unpack: unpackInt},
		{format: 'N', size: 8, align: 8, pack: packUlong, unpack: unpackInt},
		{format: 'q', size: 8, align: 8, signed: true, pack: packLong, unpack: unpackInt},
		{format: 'Q', size: 8, align: 8, pack: packUlong, unpack: unpackInt},
		{format: '?', size: 1, align: 1, pack: packBool, unpack: unpackBool},
		{format: 'e', size: 2, align: 2, pack: packHalf, unpack: unpackHalf},
		{format: 'f', size: 4, align: 4, pack: packNativeFloat, unpack: unpackFloat},
		{format: 'd', size: 8, align: 8, pack: packDouble, unpack: unpackDouble},
		{format: 'P', size: 8, align: 8, pack: packVoidP, unpack: unpackInt},
	})
	littleTable = makeTable(true, standardDefs)
	bigTable    = makeTable(false, standardDefs)
)

// standardDefs is the table of the '<', '>', '!' and '=' prefixes:
// standard sizes, no alignment, no n/N/P.
var standardDefs = []formatDef{
	{format: 'x', size: 1},
	{format: 'b', size: 1, signed: true, pack: packByte, unpack: unpackInt},
	{format: 'B', size: 1, pack: packUbyte, unpack: unpackInt},
	{format: 'c', size: 1, pack: packChar, unpack: unpackChar},
	{format: 's', size: 1},
	{format: 'p', size: 1},
	{format: 'h', size: 2, signed: true, pack: packStdInt, unpack: unpackInt},
	{format: 'H', size: 2, pack: packStdUint, unpack: unpackInt},
	{format: 'i', size: 4, signed: true, pack: packStdInt, unpack: unpackInt},
	{format: 'I', size: 4, pack: packStdUint, unpack: unpackInt},
	{format: 'l', size: 4, signed: true, pack: packStdInt, unpack: unpackInt},
	{format: 'L', size: 4, pack: packStdUint, unpack: unpackInt},
	{format: 'q', size: 8, signed: true, pack: packStdLongLong, unpack: unpackInt},
	{format: 'Q', size: 8, pack: packStdULongLong, unpack: unpackInt},
	{format: '?', size: 1, pack: packBool, unpack: unpackBool},
	{format: 'e', size: 2, pack: packHalf, unpack: unpackHalf},
	{format: 'f', size: 4, pack: packStdFloat, unpack: unpackFloat},
	{format: 'd', size: 8, pack: packDouble, unpack: unpackDouble},
}

func init() {
	// CPython speeds up the standard table of the host's byte order by
	// giving it the native functions wherever the sizes agree (not for
	// f, d and ?). The native functions word their range errors
	// differently ("short format requires ..." for '<h' but "'h' format
	// requires ..." for '>h'), so netrepl does the same to say the same.
	std := bigTable
	if hostLittle {
		std = littleTable
	}
	for c, n := range nativeTable {
		s := std[c]
		if n == nil || s == nil || n.size != s.size || n.pack == nil || c == 'f' || c == 'd' || c == '?' {
			continue
		}
		s.pack, s.unpack = n.pack, n.unpack
	}
}

func makeTable(little bool, defs []formatDef) *table {
	var t table
	for i := range defs {
		e := defs[i] // a copy: each table owns its entries
		e.little = little
		t[e.format] = &e
	}
	return &t
}

// whichTable reads the byte order prefix, as CPython's whichtable: it
// returns the table and the rest of the format.
func whichTable(f string) (*table, string) {
	if f == "" {
		return nativeTable, f
	}
	switch f[0] {
	case '<':
		return littleTable, f[1:]
	case '>', '!':
		return bigTable, f[1:]
	case '=':
		if hostLittle {
			return littleTable, f[1:]
		}
		return bigTable, f[1:]
	case '@':
		return nativeTable, f[1:]
	}
	return nativeTable, f
}
