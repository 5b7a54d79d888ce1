# an assignment expression as the value of an assignment needs parentheses
y = x := 5
