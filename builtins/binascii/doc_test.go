package binascii_test

import (
	"strings"
	"testing"

	"netrepl/builtins/binascii"
	"netrepl/builtins/doc"
)

// Every function and method has a doc whose first line is its Python
// signature: help() and completion show it.
func TestDocs(t *testing.T) {
	if doc.Of(binascii.Module) == "" {
		t.Error("the binascii module has no doc")
	}
	for name, v := range binascii.Module.Members {
		if d := doc.Of(v); !strings.HasPrefix(d, name+"(") {
			t.Errorf("doc of binascii.%s starts %q", name, firstLine(d))
		}
	}
	for name, v := range binascii.Shortcuts {
		if binascii.Module.Members[name] != v {
			t.Errorf("shortcut %s is not binascii.%s", name, name)
		}
	}
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }
