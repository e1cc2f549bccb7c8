/// Why a strict read gave up: the reader only records where it stopped and what it was reading
/// (`Failure`), so that valid JSON pays nothing for diagnosis; this extension then looks at the
/// bytes there and names the first one that is not JSON.
extension JSONReader {
  /// Where and in what reading gave up; every position is a byte index into `bytes`.
  @usableFromInline
  enum Failure: Sendable {
    /// A value was expected at the position (or the input ended there).
    case value(Int)
    /// A mapping key was expected at the position.
    case key(Int)
    /// A `:` was expected after a key.
    case colon(Int)
    /// After a value: `,` or `closing`, or the end of the input when `closing` is nil.
    case afterValue(Int, closing: UInt8?)
    /// The string whose opening quote is at the position is not a valid JSON string.
    case string(Int)
    /// The number that starts at the position is not a valid JSON number.
    case number(Int)
  }

  /// The error that says why `read` returned `nil`, at the first byte that is not JSON.
  @usableFromInline
  func diagnosis(file: String) -> YAMLError {
    let (problem, position, related) = diagnose()
    let relatedMark = related.map { mark(at: $0.position) }
    return .json(
      problem, at: mark(at: position), file: file, relatedMark: relatedMark, relatedNote: related?.note)
  }

  /// A problem, its byte position and an optional second place with a note.
  typealias Diagnosed = (problem: JSONProblem, position: Int, related: (position: Int, note: String)?)

  /// The first problem where reading gave up.
  func diagnose() -> Diagnosed {
    switch failure {
    case .value(let position):
      if let comma = trailingComma(before: position, closing: UInt8(ascii: "]")) {
        return (.trailingComma(closing: "]"), comma, nil)
      }
      return (valueProblem(at: position, expected: "a value"), position, nil)
    case .key(let position):
      if let comma = trailingComma(before: position, closing: UInt8(ascii: "}")) {
        return (.trailingComma(closing: "}"), comma, nil)
      }
      return (valueProblem(at: position, expected: "a string key in double quotes"), position, nil)
    case .colon(let position):
      return (
        problem(at: position) ?? .expected("':' after the key", found: found(at: position)), position, nil
      )
    case .afterValue(let position, let closing):
      return (afterValueProblem(at: position, closing: closing), position, nil)
    case .string(let quote):
      return stringProblem(openedAt: quote)
    case .number(let start):
      return numberProblem(from: start)
    case nil:
      return (.expected("JSON", found: found(at: index)), index, nil)
    }
  }

  /// The comma before `position` (only whitespace between) when the byte there is `closing`.
  func trailingComma(before position: Int, closing: UInt8) -> Int? {
    guard position < bytes.count, bytes[position] == closing else { return nil }
    var before = position - 1
    while before >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[before]) { before -= 1 }
    return before >= 0 && bytes[before] == UInt8(ascii: ",") ? before : nil
  }

  /// Why no value (described as `expected`) starts at `position`.
  func valueProblem(at position: Int, expected: String) -> JSONProblem {
    if let problem = problem(at: position) { return problem }
    guard position < bytes.count else { return .expected(expected, found: found(at: position)) }
    switch bytes[position] {
    case UInt8(ascii: "+"), UInt8(ascii: "."): return .numberStart(Character(Unicode.Scalar(bytes[position])))
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
      let word = self.word(at: position)
      return word == "NaN" || word == "Infinity" ? .notJSON(word) : .notAValue(word)
    default: return .expected(expected, found: found(at: position))
    }
  }

  /// What is wrong after a complete value, before `,`, `closing` or the end of the input.
  func afterValueProblem(at position: Int, closing: UInt8?) -> JSONProblem {
    if let problem = problem(at: position) { return problem }
    // Only a number can end in a digit, and it stops at a digit only after a lone `0`.
    if position > 0, position < bytes.count, isDigit(bytes[position - 1]) {
      if isDigit(bytes[position]) { return .leadingZeros }
      if bytes[position] | 0x20 == UInt8(ascii: "x") && bytes[position - 1] == UInt8(ascii: "0") {
        return .notJSON("a hexadecimal number")
      }
    }
    guard let closing else { return .expected("the end of the input", found: found(at: position)) }
    return .expected("',' or '\(Character(Unicode.Scalar(closing)))'", found: found(at: position))
  }

  /// The problems any position can have whatever was expected there: invalid UTF-8, a quote
  /// or comment from another language.
  func problem(at position: Int) -> JSONProblem? {
    guard position < bytes.count else { return nil }
    switch bytes[position] {
    case UInt8(ascii: "'"): return .singleQuotes
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return .comment
    case 0x80...:
      if case .failure(let problem) = UTF8Problem.character(in: bytes, at: position) {
        return .invalidUTF8(problem)
      }
      return nil
    default: return nil
    }
  }

  /// The ASCII letters, digits and underscores from `position`, for messages (at most 20).
  func word(at position: Int) -> String {
    var end = position
    while end < bytes.count, end - position < 20, bytes[end] < 0x80,
      Character(Unicode.Scalar(bytes[end])).isLetter || isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "_")
    {
      end += 1
    }
    return String(decoding: bytes[position..<end], as: UTF8.self)
  }

  /// What is at `position`, as messages name it: `'x'`, `U+0000` or the end of the input.
  func found(at position: Int) -> String {
    guard position < bytes.count else { return "the end of the input" }
    let byte = bytes[position]
    if byte < 0x20 || byte == 0x7F { return YAMLError.codePoint(UInt32(byte)) }
    guard case .success(let length) = UTF8Problem.character(in: bytes, at: position) else {
      return YAMLError.hexByte(byte)
    }
    return "'" + String(decoding: bytes[position..<position + length], as: UTF8.self) + "'"
  }

  /// The mark of the byte at `position`, counted as the reader counts: lines end at LF, CR LF
  /// or CR, and columns and offsets count characters (bytes that do not continue one).
  func mark(at position: Int) -> Mark {
    var line = 1
    var characters = 0
    var lineStart = 0
    var scanned = 0
    let end = min(position, bytes.count)
    while scanned < end {
      let byte = bytes[scanned]
      scanned += 1
      if byte & 0xC0 != 0x80 { characters += 1 }
      if byte == 0x0D, scanned < end, bytes[scanned] == 0x0A { continue }
      if byte == 0x0A || byte == 0x0D {
        line += 1
        lineStart = characters
      }
    }
    return Mark(line: line, column: characters - lineStart + 1, offset: characters)
  }
}
