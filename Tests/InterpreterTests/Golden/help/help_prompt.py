# help() with no argument opens the help> prompt; at the end of input it says goodbye.
help()
print("after help")
help('nosuchthing.either')
