// netrepl patch: code for Python 3.11's expressions (FileOptions.Python):
// chained comparisons, set displays and comprehensions (MAKESET, SETADD),
// starred items in displays and dict unpacking (EXTEND, DICT_UPDATE),
// and calls whose arguments are in an order Starlark's CALL opcodes do
// not encode (ARGS_EXTEND, KWARG_SET, KWARGS_MERGE). x ** y and x is y
// are plain binary opcodes (POW, IS), see binop.

package compile

import "go.starlark.net/syntax"

func isComparison(op syntax.Token) bool {
	switch op {
	case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE,
		syntax.IN, syntax.NOT_IN, syntax.IS, syntax.IS_NOT:
		return true
	}
	return false
}

// isChain reports whether e is a chained comparison, a < b < c: the
// parser builds it as a comparison whose X is an unparenthesized
// comparison (syntax/netrepl_parse.go).
func isChain(e *syntax.BinaryExpr) bool {
	x, ok := e.X.(*syntax.BinaryExpr)
	return ok && isComparison(e.Op) && isComparison(x.Op)
}

// chain emits a chained comparison as Python evaluates it: each operand
// once, left to right, stopping at the first false link, whose result
// (False) is the value.
func (fcomp *fcomp) chain(e *syntax.BinaryExpr) {
	var links []*syntax.BinaryExpr // last first
	for x := e; ; x = x.X.(*syntax.BinaryExpr) {
		links = append(links, x)
		if !isChain(x) {
			break
		}
	}
	done := fcomp.newBlock()
	fcomp.expr(links[len(links)-1].X)
	for i := len(links) - 1; i >= 0; i-- {
		link := links[i]
		fcomp.expr(link.Y) //                      x y
		if i == 0 {
			fcomp.binop(link.OpPos, link.Op) //     r
			fcomp.jump(done)
			break
		}
		fcomp.emit(DUP)                  //       x y y
		fcomp.emit(ROT3)                 //       y x y
		fcomp.binop(link.OpPos, link.Op) //         y r
		fcomp.emit(DUP)                  //       y r r
		next := fcomp.newBlock()
		fail := fcomp.newBlock()
		fcomp.condjump(CJMP, next, fail) //         y r

		fcomp.block = fail
		fcomp.emit(EXCH) //                         r y
		fcomp.emit(POP)  //                           r
		fcomp.jump(done)

		fcomp.block = next
		fcomp.emit(POP) //                            y
	}
	fcomp.block = done
}

// isSetComprehension reports whether comp is {x for ...}: curly, with a
// body that is not k: v.
func isSetComprehension(comp *syntax.Comprehension) bool {
	_, entry := comp.Body.(*syntax.DictEntry)
	return comp.Curly && !entry
}

// starlarkArgs reports whether a call's arguments are all positional
// then named, within the limits of Starlark's CALL opcode. Other calls,
// with *args or **kwargs too, go through pythonArgs, which evaluates
// them in Python's order and words their errors as CPython.
func starlarkArgs(call *syntax.CallExpr) bool {
	p, n := 0, 0
	for _, arg := range call.Args {
		if b, ok := arg.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			n++
		} else if isStarArg(arg) {
			return false
		} else if n > 0 {
			return false
		} else {
			p++
		}
	}
	return p < 256 && n < 256
}

func isStarArg(arg syntax.Expr) bool {
	u, ok := arg.(*syntax.UnaryExpr)
	return ok && (u.Op == syntax.STAR || u.Op == syntax.STARSTAR)
}

// pythonArgs emits a call's arguments in any order Python allows, as
// one list of positional arguments and, if there are keyword arguments,
// one dict of them, for CALL_VAR or CALL_VAR_KW. As in CPython the
// positional and * arguments are evaluated first, in order, then the
// keyword and ** ones; a keyword given twice is a TypeError.
func (fcomp *fcomp) pythonArgs(call *syntax.CallExpr) (op Opcode, arg uint32) {
	keywords := false
	fcomp.emit1(MAKELIST, 0)
	for _, arg := range call.Args {
		if b, ok := arg.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			keywords = true
		} else if u, ok := arg.(*syntax.UnaryExpr); ok && u.Op == syntax.STARSTAR {
			keywords = true
		} else if ok && u.Op == syntax.STAR {
			fcomp.expr(u.X)
			fcomp.setPos(u.OpPos)
			fcomp.emit(ARGS_EXTEND)
		} else {
			fcomp.emit(DUP)
			fcomp.expr(arg)
			fcomp.emit(APPEND)
		}
	}
	if !keywords {
		return CALL_VAR, 0
	}
	fcomp.emit(MAKEDICT)
	for _, arg := range call.Args {
		if b, ok := arg.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			fcomp.string(b.X.(*syntax.Ident).Name)
			fcomp.expr(b.Y)
			fcomp.setPos(b.OpPos)
			fcomp.emit(KWARG_SET)
		} else if u, ok := arg.(*syntax.UnaryExpr); ok && u.Op == syntax.STARSTAR {
			fcomp.expr(u.X)
			fcomp.setPos(u.OpPos)
			fcomp.emit(KWARGS_MERGE)
		}
	}
	return CALL_VAR_KW, 0
}

func hasStar(list []syntax.Expr) bool {
	for _, x := range list {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			return true
		}
	}
	return false
}

// starSetDisplay emits a set display with starred items, {*a, b}: a set
// built item by item (a list or tuple display's are starredDisplay's).
func (fcomp *fcomp) starSetDisplay(pos syntax.Position, list []syntax.Expr) {
	fcomp.emit1(MAKESET, 0)
	for _, x := range list {
		fcomp.emit(DUP)
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			fcomp.expr(u.X)
			fcomp.setPos(u.OpPos)
			fcomp.emit(EXTEND)
		} else {
			fcomp.expr(x)
			fcomp.setPos(pos)
			fcomp.emit(SETADD)
		}
	}
}

// dictPython emits a dict display as Python evaluates it: a key given
// twice takes the last value, and **m entries add m's items.
func (fcomp *fcomp) dictPython(e *syntax.DictExpr) {
	fcomp.emit(MAKEDICT)
	for _, entry := range e.List {
		fcomp.emit(DUP)
		if u, ok := entry.(*syntax.UnaryExpr); ok {
			fcomp.expr(u.X)
			fcomp.setPos(u.OpPos)
			fcomp.emit(DICT_UPDATE)
			continue
		}
		entry := entry.(*syntax.DictEntry)
		fcomp.expr(entry.Key)
		fcomp.expr(entry.Value)
		fcomp.setPos(entry.Colon)
		fcomp.emit(SETDICT)
	}
}
