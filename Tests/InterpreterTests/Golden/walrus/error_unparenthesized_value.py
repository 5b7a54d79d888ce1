# an assignment expression as an item of an assigned tuple needs parentheses
y = 1, x := 5
