// netrepl patch: compiling Python's with, import and f-strings
// (syntax.FileOptions.Python).

package compile

import (
	"strings"

	"go.starlark.net/syntax"
)

// withImportStmt compiles a with or import statement; it reports
// whether stmt was one.
func (fcomp *fcomp) withImportStmt(stmt syntax.Stmt) bool {
	switch stmt := stmt.(type) {
	case *syntax.WithStmt:
		// with A as a, B: body  is  with A as a: with B: body.
		// WITHENTER pushes the with stack; the block's end, a break,
		// continue or return that leaves it, pops it (WITHEXIT: the
		// compiler's unwind stack, compile_netrepl_try.go, which runs
		// the finally clauses too, in order), and an error leaves what is
		// still on it (the interpreter).
		for _, item := range stmt.Items {
			fcomp.expr(item.X)
			fcomp.setPos(stmt.With) // CPython's position for a with's errors
			fcomp.emit(WITHENTER)
			fcomp.unwinds = append(fcomp.unwinds, unwind{kind: uwWith})
			if item.Target != nil {
				fcomp.assign(item.As, item.Target)
			} else {
				fcomp.emit(POP)
			}
		}
		fcomp.stmts(stmt.Body)
		for range stmt.Items {
			fcomp.setPos(stmt.With)
			fcomp.emit(WITHEXIT)
			fcomp.unwinds = fcomp.unwinds[:len(fcomp.unwinds)-1]
		}

	case *syntax.ImportStmt:
		if stmt.From == nil && stmt.Level == 0 {
			// import a.b as c, d
			for _, name := range stmt.Names {
				module := name.Dotted()
				if name.As == nil && len(name.Path) > 1 {
					// import a.b imports a.b and binds a.
					fcomp.string(module)
					fcomp.setPos(stmt.Import)
					fcomp.emit(IMPORT)
					fcomp.emit(POP)
					module = name.Path[0].Name
				}
				fcomp.string(module)
				fcomp.setPos(stmt.Import) // CPython's position for an import's errors
				fcomp.emit(IMPORT)
				fcomp.set(name.Bound())
			}
			return true
		}
		// from m import a, b as c
		fcomp.string(stmt.Module())
		fcomp.emit(DUP)
		fcomp.setPos(stmt.Import)
		fcomp.emit(IMPORT)
		for _, name := range stmt.Names {
			fcomp.setPos(stmt.Import)
			fcomp.emit1(IMPORTFROM, fcomp.pcomp.nameIndex(name.Path[0].Name))
			fcomp.set(name.Bound())
		}
		fcomp.emit(POP)
		fcomp.emit(POP)

	default:
		return false
	}
	return true
}

// fstringExpr compiles an f-string; it reports
// whether e was one.
func (fcomp *fcomp) fstringExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.FStringExpr:
		// f"{x!r:>{w}} {y=}" is "{!r:>{}} y={!r}".format(x, w, y): one
		// implementation of formatting, str.format's.
		var args []syntax.Expr
		tmpl := fstringTemplate(e.Parts, &args)
		if len(args) == 0 {
			var b strings.Builder
			for _, p := range e.Parts {
				b.WriteString(p.Lit)
			}
			fcomp.string(b.String())
			return true
		}
		fcomp.string(tmpl)
		fcomp.setPos(e.TokenPos)
		fcomp.emit1(ATTR, fcomp.pcomp.nameIndex("format"))
		for _, x := range args {
			fcomp.expr(x)
		}
		fcomp.setPos(e.TokenPos)
		fcomp.emit1(CALL, uint32(len(args))<<8)
	default:
		return false
	}
	return true
}

// fstringTemplate is the str.format template of an f-string's parts;
// it appends the fields' expressions to args, in the template's order.
func fstringTemplate(parts []syntax.FStringPart, args *[]syntax.Expr) string {
	escape := strings.NewReplacer("{", "{{", "}", "}}")
	var b strings.Builder
	for _, p := range parts {
		f := p.Field
		if f == nil {
			b.WriteString(escape.Replace(p.Lit))
			continue
		}
		b.WriteString(escape.Replace(f.Debug))
		b.WriteByte('{')
		*args = append(*args, f.X)
		if f.Conv != 0 {
			b.WriteByte('!')
			b.WriteByte(f.Conv)
		} else if f.Debug != "" && f.Spec == nil {
			b.WriteString("!r") // {x=} shows repr(x)
		}
		if f.Spec != nil {
			b.WriteByte(':')
			for _, sp := range f.Spec {
				if sp.Field == nil {
					b.WriteString(sp.Lit)
					continue
				}
				b.WriteString(fstringTemplate([]syntax.FStringPart{{Field: sp.Field}}, args))
			}
		}
		b.WriteByte('}')
	}
	return b.String()
}
