package pyerr

import (
	"errors"
	"fmt"
	"testing"

	"go.starlark.net/starlark"
)

func TestErrorText(t *testing.T) {
	e := &Error{Type: "ConnectionRefusedError", Errno: 111, Message: "[Errno 111] Connection refused", Op: "connecting to 127.0.0.1:9"}
	want := "ConnectionRefusedError: [Errno 111] Connection refused (connecting to 127.0.0.1:9)"
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := KeyboardInterrupt().Error(); got != "KeyboardInterrupt" {
		t.Errorf("KeyboardInterrupt() = %q", got)
	}
}

func TestClassify(t *testing.T) {
	run := func(src string) error {
		_, err := starlark.ExecFile(&starlark.Thread{}, "t.star", src, nil)
		if err == nil {
			t.Fatalf("%s: no error", src)
		}
		return err
	}
	for _, tc := range []struct{ src, typ, msg string }{
		{`fail("boom")`, "Error", "boom"},
		{`x = 1 // 0`, "ZeroDivisionError", "floored division by zero"},
		{`x = {}["k"]`, "KeyError", `key "k" not in dict`},
		{`x = [1][5]`, "IndexError", ""},
		{`x = len(1)`, "TypeError", "len: value of type int has no len"},
		{`x = "a" + 1`, "TypeError", "unknown binary op: string + int"},
		{`x = int("z")`, "ValueError", ""},
		{`x = (1).foo`, "AttributeError", "int has no .foo field or method"},
	} {
		pe := Classify(run(tc.src))
		if pe.Type != tc.typ {
			t.Errorf("%s: type %q (message %q), want %q", tc.src, pe.Type, pe.Message, tc.typ)
		}
		if tc.msg != "" && pe.Message != tc.msg {
			t.Errorf("%s: message %q, want %q", tc.src, pe.Message, tc.msg)
		}
	}
}

func TestClassifyFindsWrapped(t *testing.T) {
	inner := &Error{Type: "struct.error", Message: "bad char in struct format"}
	wrapped := fmt.Errorf("pack: %w", inner)
	if got := Classify(wrapped); got != inner {
		t.Errorf("Classify(wrapped) = %v, want the inner error", got)
	}
	if errors.Unwrap(&Error{Err: inner}) != inner {
		t.Error("Unwrap does not return Err")
	}
}
