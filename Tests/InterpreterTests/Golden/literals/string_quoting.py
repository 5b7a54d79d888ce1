# Strings in every quoting style.
print('single', "double")
print('it\'s', "it's", 'say "hi"', "say \"hi\"")
print('''triple single''')
print("""triple double""")
print("""line one
line two
    indented""")
print('''a 'quoted' "mix"''')
print(r'raw \n stays', R"raw \t too")
print(r'C:\path\to\file')
print('adjacent ' 'literals ' "concatenate")
print(('implicit'
       ' across'
       ' lines'))
print('', "", len(''), len(""""""))
print(repr(r'\d+'))
