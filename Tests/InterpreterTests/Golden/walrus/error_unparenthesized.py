# an unparenthesized walrus at statement level is a syntax error
x := 5
