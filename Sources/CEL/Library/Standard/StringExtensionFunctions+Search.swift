extension StringExtensionFunctions {
  /// The code point index of the first occurrence of `sub` at or after `offset`, or -1.
  static func indexOf(_ text: String, _ sub: String, from offset: Int64?) throws(EvalError) -> Value {
    if sub.isEmpty { return .int(offset ?? 0) }
    let scalars = Array(text.unicodeScalars)
    let pattern = Array(sub.unicodeScalars)
    let start = offset ?? 0
    if offset != nil, start < 0 || start >= scalars.count { throw outOfRange(start) }
    var position = Int(start)
    while position + pattern.count <= scalars.count {
      if scalars[position..<position + pattern.count].elementsEqual(pattern) { return .int(Int64(position)) }
      position += 1
    }
    return .int(-1)
  }

  static func indexOfOffset(_ args: [Value]) throws(EvalError) -> Value {
    try indexOf(args[0].asString("indexOf"), args[1].asString("indexOf"), from: args[2].asInt("indexOf"))
  }

  /// The code point index of the last occurrence of `sub` starting at or before `offset`, or -1.
  static func lastIndexOf(_ text: String, _ sub: String, from offset: Int64?) throws(EvalError) -> Value {
    let scalars = Array(text.unicodeScalars)
    if sub.isEmpty { return .int(offset ?? Int64(scalars.count)) }
    let pattern = Array(sub.unicodeScalars)
    if let offset, offset < 0 || offset >= scalars.count { throw outOfRange(offset) }
    var position = min(Int(offset ?? Int64(scalars.count)), scalars.count - pattern.count)
    while position >= 0 {
      if scalars[position..<position + pattern.count].elementsEqual(pattern) { return .int(Int64(position)) }
      position -= 1
    }
    return .int(-1)
  }

  static func lastIndexOfOffset(_ args: [Value]) throws(EvalError) -> Value {
    try lastIndexOf(
      args[0].asString("lastIndexOf"), args[1].asString("lastIndexOf"), from: args[2].asInt("lastIndexOf"))
  }

  /// `s.substring(start, end)` with cel-go's checks, in code points.
  static func substring(_ text: String, _ start: Int64, _ end: Int64) throws(EvalError) -> Value {
    let scalars = Array(text.unicodeScalars)
    guard start <= end else { throw EvalError("invalid substring range. start: \(start), end: \(end)") }
    guard start >= 0, start <= scalars.count else { throw outOfRange(start) }
    guard end >= 0, end <= scalars.count else { throw outOfRange(end) }
    return .string(String(String.UnicodeScalarView(scalars[Int(start)..<Int(end)])))
  }

  /// `s.replace(old, new[, n])`: the first `n` occurrences (all when `n` is negative or absent);
  /// an empty `old` matches before every code point and at the end, as in Go.
  static func replace(_ args: [Value]) throws(EvalError) -> Value {
    let text = try args[0].asString("replace")
    let old = Array(try args[1].asString("replace").unicodeScalars)
    let new = try args[2].asString("replace").unicodeScalars
    var remaining = args.count > 3 ? try args[3].asInt("replace") : -1
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var position = 0
    while position <= scalars.count {
      let matches =
        remaining != 0
        && (old.isEmpty
          || (position + old.count <= scalars.count
            && scalars[position..<position + old.count].elementsEqual(old)))
      if matches {
        result.append(contentsOf: new)
        // A negative count means no limit: it stays as it is (counting it down could overflow).
        if remaining > 0 { remaining -= 1 }
        if old.isEmpty {
          if position < scalars.count { result.append(scalars[position]) }
          position += 1
        } else {
          position += old.count
        }
      } else {
        if position < scalars.count { result.append(scalars[position]) }
        position += 1
      }
    }
    return .string(String(result))
  }

  /// `s.split(separator[, n])` with Go's `SplitN` semantics: `n == 0` gives no pieces, a
  /// negative `n` all of them, otherwise at most `n` (the last holding the rest).
  static func split(_ args: [Value]) throws(EvalError) -> Value {
    let scalars = Array(try args[0].asString("split").unicodeScalars)
    let separator = Array(try args[1].asString("split").unicodeScalars)
    let limit = try args[2].asInt("split")
    if limit == 0 { return .list([]) }
    func piece(_ slice: ArraySlice<Unicode.Scalar>) -> Value {
      .string(String(String.UnicodeScalarView(slice)))
    }
    var pieces: [Value] = []
    if separator.isEmpty {
      for (index, scalar) in scalars.enumerated() {
        if limit > 0, pieces.count == limit - 1 {
          pieces.append(piece(scalars[index...]))
          return .list(pieces)
        }
        pieces.append(.string(String(scalar)))
      }
      return .list(pieces)
    }
    var start = 0
    var position = 0
    while position + separator.count <= scalars.count {
      if limit > 0, pieces.count == limit - 1 { break }
      if scalars[position..<position + separator.count].elementsEqual(separator) {
        pieces.append(piece(scalars[start..<position]))
        position += separator.count
        start = position
      } else {
        position += 1
      }
    }
    pieces.append(piece(scalars[start...]))
    return .list(pieces)
  }

  static func join(_ list: Value, separator: String) throws(EvalError) -> Value {
    let items = try list.asList("join")
    for item in items {
      guard case .string = item else { throw EvalError.noSuchOverload("join", [list]) }
    }
    // One string is its own join: no copy.
    if items.count == 1 { return items[0] }
    return .string(.joining(stringsIn: items, separator: separator))
  }

  static func mapASCII(_ text: String, from low: Unicode.Scalar, to high: Unicode.Scalar, shift: Int32)
    -> String
  {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if (low...high).contains(scalar), let shifted = Unicode.Scalar(UInt32(Int32(scalar.value) + shift)) {
        result.append(shifted)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `strings.quote`: double quotes around the text, with `\a \b \f \n \r \t \v \\ \"` escaped.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{07}": result += "\\a"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0B}": result += "\\v"
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
