package repl

import (
	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

// rewriteChunk turns a parsed, resolved REPL chunk into one whose user
// globals all live in Globals (see globals.go):
//
//   - every reference to a user global, in any scope, becomes __ns__.NAME
//     (a read, or at top level an assignment target: `x = 1`, `x += 1`,
//     `for x in ...`);
//   - after each top-level def, load and import, __ns__.NAME = NAME publishes the
//     name it bound (the def itself must keep its plain name so the
//     function is called NAME in reprs and backtraces);
//   - an expression statement E that echo selects becomes __echo__(E),
//     which shows E's value: every top-level one for EchoAll (Python's
//     prompt), the chunk's last statement for EchoLast (a notebook cell);
//
// f must have been resolved with every name that is not one of
// Starlark's universal builtins (len, str, ...) predeclared, so that, as
// in Python, a function may name a global that a later chunk defines and
// an unknown name is a NameError when it runs. isBuiltin tells the
// predeclared names to leave alone: netrepl's builtins the user has not
// rebound. Names the chunk binds at top level resolve as Global. The
// caller re-resolves the result.
func rewriteChunk(f *syntax.File, isBuiltin func(string) bool, echo Echo) {
	rw := &rewriter{isBuiltin: isBuiltin, echo: echo == EchoAll}
	f.Stmts = rw.stmts(f.Stmts, true)
	if n := len(f.Stmts); echo == EchoLast && n > 0 {
		if s, ok := f.Stmts[n-1].(*syntax.ExprStmt); ok {
			s.X = echoCall(s.X)
		}
	}
}

type rewriter struct {
	isBuiltin func(string) bool
	echo      bool // every top-level expression statement
}

// echoCall is __echo__(x).
func echoCall(x syntax.Expr) syntax.Expr {
	return &syntax.CallExpr{
		Fn:     &syntax.Ident{NamePos: syntax.Start(x), Name: echoName},
		Lparen: syntax.Start(x),
		Args:   []syntax.Expr{x},
		Rparen: syntax.Start(x),
	}
}

// isGlobal reports whether the identifier, as resolved, names a user global.
func (rw *rewriter) isGlobal(id *syntax.Ident) bool {
	b, ok := id.Binding.(*resolve.Binding)
	if !ok {
		return false
	}
	switch b.Scope {
	case resolve.Global:
		return true
	case resolve.Predeclared:
		return !rw.isBuiltin(id.Name)
	}
	return false
}

func nsRef(id *syntax.Ident) *syntax.DotExpr {
	return &syntax.DotExpr{
		X:       &syntax.Ident{NamePos: id.NamePos, Name: nsName},
		Dot:     id.NamePos,
		NamePos: id.NamePos,
		Name:    &syntax.Ident{NamePos: id.NamePos, Name: id.Name},
	}
}

// publish is `__ns__.NAME = NAME`.
func publish(id *syntax.Ident) syntax.Stmt {
	return &syntax.AssignStmt{
		OpPos: id.NamePos,
		Op:    syntax.EQ,
		LHS:   nsRef(id),
		RHS:   &syntax.Ident{NamePos: id.NamePos, Name: id.Name},
	}
}

func (rw *rewriter) stmts(list []syntax.Stmt, top bool) []syntax.Stmt {
	if list == nil {
		return nil // IfStmt.False: nil means no else
	}
	out := make([]syntax.Stmt, 0, len(list))
	for _, s := range list {
		out = append(out, rw.stmt(s, top))
		if !top {
			continue
		}
		switch s := s.(type) {
		case *syntax.DefStmt:
			out = append(out, publish(s.Name))
		case *syntax.ClassStmt:
			out = append(out, publish(s.Name))
		case *syntax.LoadStmt:
			for _, id := range s.To {
				out = append(out, publish(id))
			}
		case *syntax.ImportStmt:
			for _, name := range s.Names {
				out = append(out, publish(name.Bound()))
			}
		}
	}
	return out
}

func (rw *rewriter) stmt(s syntax.Stmt, top bool) syntax.Stmt {
	switch s := s.(type) {
	case *syntax.AssignStmt:
		s.LHS = rw.expr(s.LHS)
		rw.exprs(s.More) // a = b = v
		s.RHS = rw.expr(s.RHS)
	case *syntax.DefStmt:
		rw.params(s.Params)
		s.Body = rw.stmts(s.Body, false)
	case *syntax.ClassStmt:
		rw.exprs(s.Bases)
		s.Body = rw.stmts(s.Body, false)
	case *syntax.ExprStmt:
		s.X = rw.expr(s.X)
		if top && rw.echo {
			s.X = echoCall(s.X)
		}
	case *syntax.ForStmt:
		s.Vars = rw.expr(s.Vars)
		s.X = rw.expr(s.X)
		s.Body = rw.stmts(s.Body, top)
		s.Else = rw.stmts(s.Else, top)
	case *syntax.WhileStmt:
		s.Cond = rw.expr(s.Cond)
		s.Body = rw.stmts(s.Body, top)
		s.Else = rw.stmts(s.Else, top)
	case *syntax.AssertStmt:
		s.Cond = rw.expr(s.Cond)
		s.Msg = rw.expr(s.Msg)
	case *syntax.DelStmt:
		// del x of a user global is del __ns__.x: Globals.Delete
		rw.exprs(s.Targets)
	case *syntax.GlobalStmt:
		// global x: the function's x resolved as a user global, so
		// each use of it is __ns__.x already; nonlocal x is a cell.
	case *syntax.IfStmt:
		s.Cond = rw.expr(s.Cond)
		s.True = rw.stmts(s.True, top)
		s.False = rw.stmts(s.False, top)
	case *syntax.ReturnStmt:
		if s.Result != nil {
			s.Result = rw.expr(s.Result)
		}
	case *syntax.WithStmt:
		for _, item := range s.Items {
			item.X = rw.expr(item.X)
			item.Target = rw.expr(item.Target)
		}
		s.Body = rw.stmts(s.Body, top)
	case *syntax.TryStmt:
		s.Body = rw.stmts(s.Body, top)
		for _, h := range s.Handlers {
			h.Type = rw.expr(h.Type)
			h.Name = rw.expr(h.Name)
			h.Body = rw.stmts(h.Body, top)
		}
		s.Else = rw.stmts(s.Else, top)
		s.Finally = rw.stmts(s.Finally, top)
	case *syntax.RaiseStmt:
		s.X = rw.expr(s.X)
		s.Cause = rw.expr(s.Cause)
	case *syntax.BranchStmt, *syntax.LoadStmt, *syntax.ImportStmt:
	}
	return s
}

// params rewrites default values; parameter names are locals.
func (rw *rewriter) params(params []syntax.Expr) {
	for _, p := range params {
		if b, ok := p.(*syntax.BinaryExpr); ok { // name=default
			b.Y = rw.expr(b.Y)
		}
	}
}

func (rw *rewriter) exprs(list []syntax.Expr) {
	for i, e := range list {
		list[i] = rw.expr(e)
	}
}

func (rw *rewriter) expr(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *syntax.Ident:
		if rw.isGlobal(e) {
			return nsRef(e)
		}
	case *syntax.BinaryExpr:
		e.X = rw.expr(e.X)
		e.Y = rw.expr(e.Y)
	case *syntax.UnaryExpr:
		e.X = rw.expr(e.X)
	case *syntax.CallExpr:
		e.Fn = rw.expr(e.Fn)
		for i, a := range e.Args {
			if kw, ok := a.(*syntax.BinaryExpr); ok && kw.Op == syntax.EQ {
				kw.Y = rw.expr(kw.Y) // name=value: name is not a reference
				continue
			}
			e.Args[i] = rw.expr(a)
		}
	case *syntax.Comprehension:
		e.Body = rw.expr(e.Body)
		for _, c := range e.Clauses {
			switch c := c.(type) {
			case *syntax.ForClause:
				c.Vars = rw.expr(c.Vars)
				c.X = rw.expr(c.X)
			case *syntax.IfClause:
				c.Cond = rw.expr(c.Cond)
			}
		}
	case *syntax.CondExpr:
		e.Cond = rw.expr(e.Cond)
		e.True = rw.expr(e.True)
		e.False = rw.expr(e.False)
	case *syntax.DictEntry:
		e.Key = rw.expr(e.Key)
		e.Value = rw.expr(e.Value)
	case *syntax.DictExpr:
		rw.exprs(e.List)
	case *syntax.DotExpr:
		e.X = rw.expr(e.X)
	case *syntax.IndexExpr:
		e.X = rw.expr(e.X)
		e.Y = rw.expr(e.Y)
	case *syntax.LambdaExpr:
		rw.params(e.Params)
		e.Body = rw.expr(e.Body)
	case *syntax.ListExpr:
		rw.exprs(e.List)
	case *syntax.SetExpr:
		rw.exprs(e.List)
	case *syntax.ParenExpr:
		e.X = rw.expr(e.X)
	case *syntax.SliceExpr:
		e.X = rw.expr(e.X)
		e.Lo = rw.expr(e.Lo)
		e.Hi = rw.expr(e.Hi)
		e.Step = rw.expr(e.Step)
	case *syntax.TupleExpr:
		rw.exprs(e.List)
	case *syntax.FStringExpr:
		rw.fstringParts(e.Parts)
	case *syntax.Literal:
	}
	return e
}

func (rw *rewriter) fstringParts(parts []syntax.FStringPart) {
	for _, p := range parts {
		if f := p.Field; f != nil {
			f.X = rw.expr(f.X)
			rw.fstringParts(f.Spec)
		}
	}
}
