// netrepl patch: code for Python 3.11's statements (FileOptions.Python):
// assert, del, chained assignment, starred targets and displays,
// for/while ... else.

package compile

import (
	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

func (fcomp *fcomp) pythonStmt(stmt syntax.Stmt) {
	switch stmt := stmt.(type) {
	case *syntax.AssertStmt:
		// cond CJMP ok; [msg] ASSERTFAIL; ok:
		ok := fcomp.newBlock()
		fail := fcomp.newBlock()
		fcomp.ifelse(stmt.Cond, ok, fail)
		fcomp.block = fail
		var n uint32
		if stmt.Msg != nil {
			fcomp.expr(stmt.Msg) // evaluated only on failure, as Python's
			n = 1
		}
		fcomp.setPos(syntax.Start(unparen(stmt.Cond))) // where CPython reports it
		fcomp.emit1(ASSERTFAIL, n)
		fcomp.jump(ok) // not reached
		fcomp.block = ok

	case *syntax.DelStmt:
		for _, x := range stmt.Targets {
			fcomp.del(x)
		}
	}
}

// del deletes one target of a del statement, left to right as Python.
func (fcomp *fcomp) del(x syntax.Expr) {
	switch x := x.(type) {
	case *syntax.ParenExpr:
		fcomp.del(x.X)
	case *syntax.TupleExpr:
		for _, y := range x.List {
			fcomp.del(y)
		}
	case *syntax.ListExpr:
		for _, y := range x.List {
			fcomp.del(y)
		}
	case *syntax.Ident:
		fcomp.setPos(x.NamePos)
		bind := x.Binding.(*resolve.Binding)
		switch bind.Scope {
		case resolve.Local:
			fcomp.emit1(DELLOCAL, uint32(bind.Index))
		case resolve.Cell:
			fcomp.emit1(DELLOCALCELL, uint32(bind.Index))
		case resolve.Free:
			fcomp.emit1(DELFREECELL, uint32(bind.Index))
		case resolve.Global:
			fcomp.emit1(DELGLOBAL, uint32(bind.Index))
		default:
			panic(x) // the resolver binds every deleted name
		}
	case *syntax.IndexExpr:
		fcomp.expr(x.X)
		fcomp.expr(x.Y)
		fcomp.setPos(x.Lbrack)
		fcomp.emit(DELINDEX)
	case *syntax.SliceExpr:
		fcomp.expr(x.X)
		for _, e := range []syntax.Expr{x.Lo, x.Hi, x.Step} {
			if e != nil {
				fcomp.expr(e)
			} else {
				fcomp.emit(NONE)
			}
		}
		fcomp.setPos(x.Lbrack)
		fcomp.emit(DELSLICE)
	case *syntax.DotExpr:
		fcomp.expr(x.X)
		fcomp.setPos(x.Dot)
		fcomp.emit1(DELATTR, fcomp.pcomp.nameIndex(x.Name.Name))
	default:
		panic(x) // rejected by the resolver
	}
}

// chainedAssign assigns the value on the stack to each target of
// a = b = ... = v, left to right, as Python.
func (fcomp *fcomp) chainedAssign(stmt *syntax.AssignStmt) {
	targets := append([]syntax.Expr{stmt.LHS}, stmt.More...)
	for i, lhs := range targets {
		if i < len(targets)-1 {
			fcomp.emit(DUP)
		}
		fcomp.assign(stmt.OpPos, lhs)
	}
}

// assignStarred compiles the assignment of a sequence to targets one of
// which is starred (a, *b, c = xs) and reports whether there was one.
func (fcomp *fcomp) assignStarred(pos syntax.Position, lhs []syntax.Expr) bool {
	star := -1
	for i, x := range lhs {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			star = i
			break
		}
	}
	if star < 0 {
		return false
	}
	before, after := star, len(lhs)-star-1
	fcomp.setPos(pos)
	fcomp.emit1(UNPACKEX, uint32(before|after<<16))
	for i, x := range lhs {
		if i == star {
			x = x.(*syntax.UnaryExpr).X
		}
		fcomp.assign(pos, x)
	}
	return true
}

// loopElse compiles a loop's else clause, in the block the loop left
// when it ended without break; break_ is the block break jumped to
// (which pops the iterator of a for loop). Both continue after it.
func (fcomp *fcomp) loopElse(body []syntax.Stmt, break_ *block, iter bool) {
	done := fcomp.newBlock()
	fcomp.stmts(body)
	fcomp.jump(done)

	fcomp.block = break_
	if iter {
		fcomp.emit(ITERPOP)
	}
	fcomp.jump(done)

	fcomp.block = done
}

// starredDisplay compiles a tuple or list display with a starred element
// (Python's [*a, b], x = *a, b) and reports whether there was one.
func (fcomp *fcomp) starredDisplay(elems []syntax.Expr, tuple bool) bool {
	starred := false
	for _, x := range elems {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			starred = true
		}
	}
	if !starred {
		return false
	}
	fcomp.emit1(MAKELIST, 0)
	for _, x := range elems {
		fcomp.emit(DUP)
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			fcomp.expr(u.X)
			fcomp.setPos(u.OpPos)
			fcomp.emit(EXTEND)
		} else {
			fcomp.expr(x)
			fcomp.emit(APPEND)
		}
	}
	if tuple {
		fcomp.emit(LISTTUPLE)
	}
	return true
}
