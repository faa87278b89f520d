package pyerr

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"
)

func TestFromErrno(t *testing.T) {
	for _, tc := range []struct {
		err          error
		typ, message string
		errno        int
	}{
		{os.NewSyscallError("connect", syscall.ECONNREFUSED), "ConnectionRefusedError", "[Errno 111] Connection refused", 111},
		{syscall.ECONNRESET, "ConnectionResetError", "[Errno 104] Connection reset by peer", 104},
		{fmt.Errorf("write: %w", syscall.EPIPE), "BrokenPipeError", "[Errno 32] Broken pipe", 32},
		{syscall.ESHUTDOWN, "BrokenPipeError", "[Errno 108] Cannot send after transport endpoint shutdown", 108},
		{syscall.ECONNABORTED, "ConnectionAbortedError", "[Errno 103] Software caused connection abort", 103},
		{syscall.ETIMEDOUT, "TimeoutError", "[Errno 110] Connection timed out", 110},
		{syscall.EAGAIN, "BlockingIOError", "[Errno 11] Resource temporarily unavailable", 11},
		{syscall.EINPROGRESS, "BlockingIOError", "[Errno 115] Operation now in progress", 115},
		{syscall.ENOENT, "FileNotFoundError", "[Errno 2] No such file or directory", 2},
		{syscall.EACCES, "PermissionError", "[Errno 13] Permission denied", 13},
		{syscall.EADDRINUSE, "OSError", "[Errno 98] Address already in use", 98},
		{syscall.EBADF, "OSError", "[Errno 9] Bad file descriptor", 9},
		{syscall.EHOSTUNREACH, "OSError", "[Errno 113] No route to host", 113},
		{os.ErrDeadlineExceeded, "TimeoutError", "timed out", 0},
		{errors.New("something else"), "OSError", "something else", 0},
	} {
		e := FromErrno(tc.err, "doing it")
		if e.Type != tc.typ || e.Message != tc.message || e.Errno != tc.errno || e.Op != "doing it" {
			t.Errorf("FromErrno(%v) = %s %d %q (%s), want %s %d %q", tc.err, e.Type, e.Errno, e.Message, e.Op, tc.typ, tc.errno, tc.message)
		}
		if !errors.Is(e, tc.err) {
			t.Errorf("FromErrno(%v) does not wrap it", tc.err)
		}
	}
}

func TestStrerror(t *testing.T) {
	if got := Strerror(999); got != "Unknown error 999" {
		t.Errorf("Strerror(999) = %q", got)
	}
	if got := Strerror(0); got != "Unknown error 0" {
		t.Errorf("Strerror(0) = %q", got)
	}
	if got := Errno(111, "connecting to 127.0.0.1:9", nil).Error(); got != "ConnectionRefusedError: [Errno 111] Connection refused (connecting to 127.0.0.1:9)" {
		t.Errorf("Errno(111).Error() = %q", got)
	}
}
