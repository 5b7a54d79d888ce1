/// Python values in shell lines, as IPython expands `!` commands: `$name` and `$name.attr` (not
/// inside single quotes, so `awk '{print $1}'` keeps its `$1`), `{expression}`, `$$` for a `$`
/// and `{{`/`}}` for braces. IPython gives up on the whole line when one part cannot be
/// evaluated and runs the command as typed (so `find . -exec rm {} \;` works); so does this.
enum ShellExpansion {
    static func expand(_ command: String, evaluate: (String) throws -> String) -> String {
        let characters = Array(command)
        var result = ""
        var index = 0
        var inSingleQuotes = false
        func isNameCharacter(_ c: Character) -> Bool { c == "_" || c == "." || c.isLetter || c.isNumber }
        do {
            while index < characters.count {
                let c = characters[index]
                if c == "'" { inSingleQuotes.toggle() }
                if c == "$" && !inSingleQuotes {
                    if index + 1 < characters.count && characters[index + 1] == "$" {
                        result.append("$")
                        index += 2
                        continue
                    }
                    var end = index + 1
                    while end < characters.count && isNameCharacter(characters[end]) { end += 1 }
                    // A name may not end in a dot: `$x.` is `$x` then a dot.
                    while end > index + 1 && characters[end - 1] == "." { end -= 1 }
                    if end > index + 1 && !characters[index + 1].isNumber {
                        result += try evaluate(String(characters[(index + 1)..<end]))
                        index = end
                        continue
                    }
                } else if c == "{" {
                    if index + 1 < characters.count && characters[index + 1] == "{" {
                        result.append("{")
                        index += 2
                        continue
                    }
                    guard let close = matchingBrace(characters, from: index) else { return command }
                    let expression = String(characters[(index + 1)..<close])
                    if expression.allSatisfy(\.isWhitespace) { return command }
                    result += try evaluate(expression)
                    index = close + 1
                    continue
                } else if c == "}" && index + 1 < characters.count && characters[index + 1] == "}" {
                    result.append("}")
                    index += 2
                    continue
                }
                result.append(c)
                index += 1
            }
        } catch {
            return command
        }
        return result
    }

    /// The index of the `}` that closes the `{` at `start`, counting nested brackets.
    private static func matchingBrace(_ characters: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "{", "[", "(": depth += 1
            case "}", "]", ")":
                depth -= 1
                if depth == 0 { return characters[index] == "}" ? index : nil }
            default: break
            }
            index += 1
        }
        return nil
    }
}
