// netrepl patch: parsing Python 3.11's statements (FileOptions.Python).

package syntax

// parsePythonSmallStmt parses the small statements Python has and
// Starlark lacks (assert, global, nonlocal, del), or returns nil if the
// current token starts none of them.
func (p *parser) parsePythonSmallStmt() Stmt {
	switch p.tok {
	case GLOBAL, NONLOCAL:
		tok := p.tok
		pos := p.nextToken()
		names := []*Ident{p.parseIdent()}
		for p.tok == COMMA {
			p.nextToken()
			names = append(names, p.parseIdent())
		}
		return &GlobalStmt{TokenPos: pos, Token: tok, Names: names}

	case RAISE:
		return p.parseRaiseStmt()

	case DEL:
		pos := p.nextToken()
		x := p.parseExpr(true)
		targets := []Expr{x}
		if t, ok := x.(*TupleExpr); ok && !t.Lparen.IsValid() {
			targets = t.List // del a, b
		}
		return &DelStmt{Del: pos, Targets: targets}

	case IDENT:
		if p.tokval.raw == "assert" && p.isAssertStmt() {
			pos := p.nextToken()
			stmt := &AssertStmt{Assert: pos, Cond: p.parseTest()}
			if p.tok == COMMA {
				p.nextToken()
				stmt.Msg = p.parseTest()
			}
			return stmt
		}
	}
	return nil
}

// isAssertStmt reports whether the identifier assert, the current token,
// starts Python's assert statement. assert is no keyword in Starlark: its
// tests load a module named assert (assert.eq(x, y)), so assert followed
// by '.', ',' or an assignment is that name; any other token after it
// makes the statement (a bare assert is then Python's syntax error).
func (p *parser) isAssertStmt() bool {
	rest := p.in.rest
	i := 0
	for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t') {
		i++
	}
	if i == len(rest) {
		return true
	}
	switch c := rest[i]; c {
	case '.', ',', ')', ']', '}', ':':
		return false
	case '=':
		return i+1 < len(rest) && rest[i+1] == '=' // assert == x is an assert; assert = x an assignment
	case '+', '-', '*', '/', '%', '&', '|', '^', '<', '>':
		// assert += 1 is an augmented assignment
		j := i + 1
		for j < len(rest) && j < i+3 && rest[j] == c {
			j++
		}
		return !(j < len(rest) && rest[j] == '=')
	}
	return true
}

// parseTestOrStar parses a test or, in Python, a starred expression
// (*x), which may stand in a tuple or list of assignment targets
// (first, *rest = xs); the resolver rejects it anywhere else.
func (p *parser) parseTestOrStar() Expr {
	if p.tok == STAR && p.options.Python {
		pos := p.nextToken()
		x := p.parseTestPrec(int(precedence[PIPE]))
		return &UnaryExpr{OpPos: pos, Op: STAR, X: x}
	}
	return p.parseTest()
}

// parseLoopVariable is a for loop's variable: a primary, or in Python a
// starred one (for a, *b in xs).
func (p *parser) parseLoopVariable() Expr {
	if p.tok == STAR && p.options.Python {
		pos := p.nextToken()
		return &UnaryExpr{OpPos: pos, Op: STAR, X: p.parsePrimaryWithSuffix()}
	}
	return p.parsePrimaryWithSuffix()
}

// parseChainedAssign parses the further targets of Python's chained
// assignment, a = b = c = v, after the first '=' and its operand.
func (p *parser) parseChainedAssign(stmt *AssignStmt) {
	for stmt.Op == EQ && p.tok == EQ && p.options.Python {
		p.nextToken()
		stmt.More = append(stmt.More, stmt.RHS)
		stmt.RHS = p.parseExpr(false)
	}
}

// parseLoopElse parses Python's else clause of a for or while loop,
// if there is one.
func (p *parser) parseLoopElse() (Position, []Stmt) {
	if p.tok != ELSE || !p.options.Python {
		return Position{}, nil
	}
	pos := p.nextToken()
	p.consume(COLON)
	return pos, p.parseSuite()
}
