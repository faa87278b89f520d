// netrepl patch: Python's annotations, parsed and dropped.

package syntax

// Python's type hints, which tutorials and pasted code carry:
//
//	def f(x: int, *args: str, y: bytes = b"", **kw: int) -> str:
//	x: int = 5
//	count: int
//
// Annotations are parsed (a malformed one is a syntax error) and
// dropped: netrepl does not evaluate them, so a name that an annotation
// mentions need not exist. A variable annotation with a value is the
// assignment; one without a value binds nothing, as in Python.

// skipParamAnnotation skips ": T" after a def's parameter name.
func (p *parser) skipParamAnnotation() {
	if p.options.Python && p.defParams && p.tok == COLON {
		p.nextToken()
		p.parseTest()
	}
}

// skipReturnAnnotation skips "-> T" after a def's parameters.
func (p *parser) skipReturnAnnotation() {
	if p.options.Python && p.tok == ARROW {
		p.nextToken()
		p.parseTest()
	}
}

// parseAnnotatedAssign parses the rest of "x: T" or "x: T = v" after x,
// or returns nil when no annotation follows. Python annotates a single
// target: a name, an attribute or an index.
func (p *parser) parseAnnotatedAssign(x Expr) Stmt {
	if !p.options.Python || p.tok != COLON {
		return nil
	}
	switch x.(type) {
	case *Ident, *DotExpr, *IndexExpr:
	default:
		return nil // the parser's error at the ':', as before
	}
	p.nextToken() // consume ':'
	p.parseTest()
	if p.tok != EQ {
		// No value: nothing is bound (Python only records the annotation).
		return &BranchStmt{Token: PASS, TokenPos: Start(x)}
	}
	pos := p.nextToken() // consume '='
	return &AssignStmt{OpPos: pos, Op: EQ, LHS: x, RHS: p.parseExpr(false)}
}
