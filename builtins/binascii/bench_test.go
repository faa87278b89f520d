package binascii

import "testing"

// The Go-level cost of the work, without the interpreter; the comparison
// with CPython is BenchmarkVsCPython in ../structs.

const dnsHex = "AAAA01000001000000000000076578616d706c6503636f6d0000010001"

func BenchmarkUnhexlify(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Unhexlify(dnsHex); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHexlify(b *testing.B) {
	data, _ := Unhexlify(dnsHex)
	b.ReportAllocs()
	for b.Loop() {
		Hexlify(string(data), "", 0)
	}
}

func BenchmarkDump(b *testing.B) {
	data := make([]byte, 1500)
	for i := range data {
		data[i] = byte(i * 7)
	}
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = AppendDump(buf[:0], data, DefaultWidth)
	}
}
