# Nested ifs and pass.
def grade(score, bonus):
    if score >= 50:
        if bonus:
            result = 'pass+'
        else:
            result = 'pass'
    else:
        if score >= 40:
            if bonus:
                result = 'borderline pass'
            else:
                pass
                result = 'borderline fail'
        else:
            result = 'fail'
    return result
for s in [90, 50, 45, 10]:
    for b in [True, False]:
        print(s, b, grade(s, b))
