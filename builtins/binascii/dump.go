package binascii

// Dump is the text of `hexdump -C`, for hexdump() and for the socket
// traffic trace. It is plain Go (no Starlark) so any package can call it.

// DefaultWidth is the number of bytes per line of `hexdump -C`.
const DefaultWidth = 16

const hexDigits = "0123456789abcdef"

// Dump returns exactly what `hexdump -C` prints for data when width is 16
// (util-linux 2.38, checked against vectors in testdata/hexdump.json):
//
//	00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|
//	*
//	00000040  61 62 63                                          |abc|
//	00000043
//
// Each line is the offset (%08x), two spaces, the bytes in hex with one
// extra space after every 8th byte, and the bytes as ASCII between bars
// ('.' for anything outside 0x20..0x7e). A run of full lines equal to the
// line before it is squeezed into one "*" line, as hexdump does without -v.
// The last line is the total length; empty data gives "".
//
// Other widths keep the same layout: groups of 8 bytes separated by an
// extra space, one extra space before the ASCII column when width is not a
// multiple of 8, short last line padded so the bars line up. width < 1
// means DefaultWidth.
func Dump(data []byte, width int) string {
	return string(AppendDump(nil, data, width))
}

// AppendDump appends Dump(data, width) to dst and returns the result, so
// a caller that dumps often (the trace) can reuse its buffer.
func AppendDump(dst, data []byte, width int) []byte {
	if width < 1 {
		width = DefaultWidth
	}
	if len(data) == 0 {
		return dst
	}
	lineLen := lineLength(width)
	if n := (len(data)+width-1)/width*lineLen + 9; cap(dst)-len(dst) < n {
		grown := make([]byte, len(dst), len(dst)+n)
		copy(grown, dst)
		dst = grown
	}
	var prev []byte
	squeezed := false
	for off := 0; off < len(data); off += width {
		line := data[off:min(off+width, len(data))]
		// hexdump compares whole blocks only: a short last line is
		// always printed.
		if prev != nil && len(line) == width && string(line) == string(prev) {
			if !squeezed {
				dst = append(dst, "*\n"...)
				squeezed = true
			}
			continue
		}
		squeezed = false
		prev = line
		dst = appendLine(dst, uint64(off), line, width)
	}
	dst = appendOffset(dst, uint64(len(data)))
	return append(dst, '\n')
}

// lineLength is the length of one full line including its newline.
func lineLength(width int) int {
	groups := (width + 7) / 8
	return 8 + 2 + 3*width + groups + 1 + width + 1 + 1
}

func appendOffset(dst []byte, off uint64) []byte {
	var buf [16]byte
	i := len(buf)
	for off > 0 || i > len(buf)-8 {
		i--
		buf[i] = hexDigits[off&0xf]
		off >>= 4
	}
	return append(dst, buf[i:]...)
}

func appendLine(dst []byte, off uint64, line []byte, width int) []byte {
	dst = appendOffset(dst, off)
	dst = append(dst, ' ', ' ')
	for i := 0; i < width; i++ {
		if i < len(line) {
			c := line[i]
			dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf], ' ')
		} else {
			dst = append(dst, ' ', ' ', ' ')
		}
		if i%8 == 7 || i == width-1 {
			dst = append(dst, ' ')
		}
	}
	dst = append(dst, '|')
	for _, c := range line {
		if c < 0x20 || c > 0x7e {
			c = '.'
		}
		dst = append(dst, c)
	}
	return append(dst, '|', '\n')
}
