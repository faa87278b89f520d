package binascii

import "hash/crc32"

// CRC32 is binascii.crc32 (zlib's): the CRC-32 of data, continuing from
// crc, the CRC of what came before (0 to start).
func CRC32(data string, crc uint32) uint32 {
	return crc32.Update(crc, crc32.IEEETable, []byte(data))
}

// CRCHqx is binascii.crc_hqx: CRC-CCITT (polynomial 0x1021, as XMODEM
// and BinHex use it) of data, starting from the low 16 bits of crc.
func CRCHqx(data string, crc uint32) uint32 {
	c := uint16(crc)
	for i := 0; i < len(data); i++ {
		c = c<<8 ^ hqxTable[byte(c>>8)^data[i]]
	}
	return uint32(c)
}

var hqxTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for range 8 {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return t
}()
