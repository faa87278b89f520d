package structs_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// The conformance vectors: expressions that CPython 3.11 evaluated in
// testdata/gen_vectors.py, with what it returned or raised.

type vector struct {
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

func loadVectors(t *testing.T, path string) []vector {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Python string   `json:"python"`
		Cases  []vector `json:"cases"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(file.Python, "3.11.") {
		t.Fatalf("%s: vectors of Python %s, want 3.11", path, file.Python)
	}
	return file.Cases
}

var dialect = &syntax.FileOptions{While: true, Recursion: true, TopLevelControl: true, GlobalReassign: true, Set: true}

// session is a netrepl session's thread and predeclared names, writing
// to the returned buffer.
func session() (*starlark.Thread, starlark.StringDict, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	s := rt.NewSession(&stdout, &stderr, nil)
	thread := &starlark.Thread{Name: "test", Print: rt.Print}
	rt.SetSession(thread, s)
	return thread, builtins.Universe(s), &stdout
}

func TestVectors(t *testing.T) {
	cases := loadVectors(t, "testdata/vectors.json")
	thread, predeclared, _ := session()
	exactErrors := 0
	for _, c := range cases {
		got, err := starlark.EvalOptions(dialect, thread, "vector", c.Expr, predeclared)
		if c.Error != nil {
			if err == nil {
				t.Errorf("%s = %s, want %s: %s", c.Expr, got, c.Error.Type, c.Error.Message)
				continue
			}
			if msg := checkError(err, c.Error.Type, c.Error.Message, c.Loose); msg != "" {
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
		enc, err := encode(got)
		if err != nil {
			t.Errorf("%s: %v", c.Expr, err)
			continue
		}
		if !reflect.DeepEqual(enc, c.Want) {
			t.Errorf("%s = %s, want %v", c.Expr, got, c.Want)
		}
	}
	t.Logf("%d vectors, %d with exact error messages", len(cases), exactErrors)
	if len(cases) < 5000 || exactErrors < 300 {
		t.Errorf("only %d vectors, %d with exact error messages", len(cases), exactErrors)
	}
}

// checkError compares an error with CPython's; it returns what differs.
// A TypeError or ValueError made by pyerr.TypeErr/ValueErr carries the
// builtin's name in front of CPython's message ("unpack: a bytes-like
// object is required, not 'str'").
func checkError(err error, typ, msg string, loose bool) string {
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

// encode is the generator's enc(): the value without loss, as JSON
// decodes it.
func encode(v starlark.Value) (any, error) {
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
		e, err := encode(v)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}
