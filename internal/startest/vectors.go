package startest

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/repl"
)

// A Vector is one expression that CPython 3.11 evaluated (see the
// generators in builtins/*/testdata/gen_vectors.py), with what it
// returned or raised.
type Vector struct {
	Expr  string `json:"expr"`
	Want  any    `json:"want"`
	Error *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"error"`
	// Loose: an argument-count or keyword mistake, which netrepl words
	// as Starlark does; only the exception type must match.
	Loose bool `json:"loose"`
}

// LoadVectors reads a vectors file written by Python 3.11.
func LoadVectors(t *testing.T, path string) []Vector {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Python string   `json:"python"`
		Cases  []Vector `json:"cases"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(file.Python, "3.11.") {
		t.Fatalf("%s: vectors of Python %s, want 3.11", path, file.Python)
	}
	return file.Cases
}

// RunVectors evaluates every vector of path in a new session and checks
// values (exactly: floats by their bits) and errors (type and message).
// It also fails when the file holds fewer than minCases vectors or fewer
// than minExact errors with exact messages, so that a truncated file
// cannot pass.
func RunVectors(t *testing.T, path string, minCases, minExact int) {
	RunVectorsWith(t, path, minCases, minExact, New(t).Eval)
}

// RunChunkVectors is RunVectors with each expression run as a chunk of a
// REPL session (repl.Session.Cell), for what only netrepl's chunk
// rewrites do: f-strings, "literal" % x.
func RunChunkVectors(t *testing.T, path string, minCases, minExact int) {
	s := repl.New(io.Discard, io.Discard, []string{""})
	t.Cleanup(s.Close)
	RunVectorsWith(t, path, minCases, minExact, func(expr string) (starlark.Value, error) {
		v, err := s.Cell("<expr>", []byte(expr))
		if v == nil && err == nil {
			v = starlark.None // a cell whose value is None shows no Out
		}
		return v, err
	})
}

// RunVectorsWith is RunVectors with another evaluator of the expressions
// (a REPL session's, for what only netrepl's chunks do).
func RunVectorsWith(t *testing.T, path string, minCases, minExact int, eval func(expr string) (starlark.Value, error)) {
	cases := LoadVectors(t, path)
	exactErrors := 0
	for _, c := range cases {
		got, err := eval(c.Expr)
		if c.Error != nil {
			if err == nil {
				t.Errorf("%s = %s, want %s: %s", c.Expr, got, c.Error.Type, c.Error.Message)
				continue
			}
			if msg := CheckError(err, c.Error.Type, c.Error.Message, c.Loose); msg != "" {
				t.Errorf("%s: %s", c.Expr, msg)
			}
			if !c.Loose {
				exactErrors++
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected error %v", c.Expr, err)
			continue
		}
		enc, err := Encode(got)
		if err != nil {
			t.Errorf("%s: %v", c.Expr, err)
			continue
		}
		if !reflect.DeepEqual(enc, c.Want) {
			t.Errorf("%s = %s, want %v", c.Expr, got, c.Want)
		}
	}
	t.Logf("%d vectors, %d with exact error messages", len(cases), exactErrors)
	if len(cases) < minCases || exactErrors < minExact {
		t.Errorf("only %d vectors, %d with exact error messages", len(cases), exactErrors)
	}
}

// CheckError compares an error with CPython's; it returns what differs.
// A TypeError or ValueError made by pyerr.TypeErr/ValueErr carries the
// builtin's name in front of CPython's message ("unpack: a bytes-like
// object is required, not 'str'").
func CheckError(err error, typ, msg string, loose bool) string {
	e := pyerr.Classify(err)
	if e.Type != typ {
		return fmt.Sprintf("error %s: %q, want %s: %q", e.Type, e.Message, typ, msg)
	}
	if loose || e.Message == msg {
		return ""
	}
	if (typ == "TypeError" || typ == "ValueError") && strings.HasSuffix(e.Message, ": "+msg) {
		return ""
	}
	return fmt.Sprintf("error message %q, want %q", e.Message, msg)
}

// Encode is the generators' enc(): the value without loss, as JSON
// decodes it.
func Encode(v starlark.Value) (any, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return map[string]any{"none": true}, nil
	case starlark.Bool:
		return map[string]any{"bool": bool(v)}, nil
	case starlark.Int:
		return map[string]any{"int": v.String()}, nil
	case starlark.Float:
		return map[string]any{"float": fmt.Sprintf("%016x", math.Float64bits(float64(v)))}, nil
	case starlark.Bytes:
		return map[string]any{"bytes": hex.EncodeToString([]byte(v))}, nil
	case *starlark.Bytearray:
		return map[string]any{"bytearray": hex.EncodeToString([]byte(v.Bytes()))}, nil
	case starlark.String:
		return map[string]any{"str": string(v)}, nil
	case starlark.Tuple:
		elems, err := encodeAll(v)
		return map[string]any{"tuple": elems}, err
	case *starlark.List:
		var elems []starlark.Value
		for i := 0; i < v.Len(); i++ {
			elems = append(elems, v.Index(i))
		}
		list, err := encodeAll(elems)
		return map[string]any{"list": list}, err
	}
	return nil, fmt.Errorf("cannot encode a %s", v.Type())
}

func encodeAll(vs []starlark.Value) ([]any, error) {
	out := make([]any, 0, len(vs))
	for _, v := range vs {
		e, err := Encode(v)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}
