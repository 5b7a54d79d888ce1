s = """starts here
and never ends
