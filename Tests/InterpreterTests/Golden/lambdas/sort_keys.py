# Lambdas as sort keys.
words = ['banana', 'Apple', 'cherry', 'date', 'fig']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
scores = {'a': 3, 'b': 1, 'c': 2}
print(sorted(scores, key=lambda k: scores[k]))
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
