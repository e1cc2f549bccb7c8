/// Splits a message into literal text and `{{ expression }}` parts.
enum TemplateParser {
  /// A piece of a template, with the offset where it starts in the template's text.
  enum Piece: Equatable {
    case text(String)
    /// An expression's text and the offset of its first character.
    case expression(String, offset: Int)
  }

  /// A problem in a template's braces, at an offset in its text.
  struct Problem: Error, Equatable {
    var offset: Int
    var message: String
  }

  /// The pieces of `template`. `}}` inside a quoted string in an expression does not close it.
  static func parse(_ template: String) throws(Problem) -> [Piece] {
    let view = template.unicodeScalars
    let scalars = Array(view)
    // The string index of every scalar offset, so pieces are sliced, not rebuilt scalar by scalar.
    let indices = Array(view.indices) + [view.endIndex]
    func text(_ range: Range<Int>) -> String {
      String(view[indices[range.lowerBound]..<indices[range.upperBound]])
    }
    var pieces: [Piece] = []
    var literalStart = 0
    var index = 0
    while index + 1 < scalars.count {
      guard scalars[index] == "{", scalars[index + 1] == "{" else {
        index += 1
        continue
      }
      let start = index + 2
      guard let close = closingBraces(scalars, from: start) else {
        throw Problem(offset: index, message: "'{{' is not closed by '}}'")
      }
      let expression = text(start..<close)
      guard !expression.trimmingWhitespace().isEmpty else {
        throw Problem(offset: index, message: "'{{ }}' holds no expression")
      }
      if literalStart < index { pieces.append(.text(text(literalStart..<index))) }
      pieces.append(.expression(expression, offset: start))
      index = close + 2
      literalStart = index
    }
    if literalStart < scalars.count { pieces.append(.text(text(literalStart..<scalars.count))) }
    return pieces
  }

  /// The index of the `}}` that closes an expression starting at `start`: braces of map literals and
  /// quoted strings inside the expression do not close it.
  private static func closingBraces(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var quote: Unicode.Scalar?
    var depth = 0
    var index = start
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == "\\" {
          index += 1
        } else if scalar == open {
          quote = nil
        }
      } else if scalar == "'" || scalar == "\"" {
        quote = scalar
      } else if scalar == "{" {
        depth += 1
      } else if scalar == "}" {
        if depth > 0 {
          depth -= 1
        } else if index + 1 < scalars.count, scalars[index + 1] == "}" {
          return index
        }
      }
      index += 1
    }
    return nil
  }
}
