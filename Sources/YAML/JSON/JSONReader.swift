/// A fast path for JSON documents: reads an object or array in one pass and feeds the composer
/// the same events, with the same marks, that libyaml would; strings become double-quoted
/// scalars, numbers, `true`, `false` and `null` plain scalars resolved by the core schema.
///
/// It also reads JSON that libyaml 0.2.5 rejects: surrogate-pair escapes (`"\ud83d\ude00"`),
/// a tab before the first bracket or on an otherwise blank line, a key and its `:` on
/// different lines, and keys beyond libyaml's 1024-character simple-key limit.
///
/// On anything that is not strict JSON (comments, YAML syntax, invalid UTF-8, trailing
/// content) `read` returns `nil` and the reader starts over with libyaml, which then reads the
/// YAML or reports the error in its words. Semantic errors (duplicate keys, limits) are thrown
/// by the composer as events arrive, in document order, as on the libyaml path.
///
/// A `strict` reader is the whole JSON path: it keeps NEL, LS and PS in strings as the characters
/// they are in JSON, and when `read` returns `nil`, `diagnosis(file:)` says why (see
/// `JSONReader+Diagnosis.swift`).
@usableFromInline
struct JSONReader {
  @usableFromInline let bytes: [UInt8]
  @usableFromInline let strict: Bool
  /// Where and in what `read` gave up; set only on the way to returning `nil`.
  @usableFromInline var failure: Failure?
  @usableFromInline var index = 0
  @usableFromInline var line = 1
  /// Byte index of the current line's start.
  @usableFromInline var lineStart = 0
  /// UTF-8 continuation bytes before `index`, to turn byte offsets into character offsets.
  @usableFromInline var continuations = 0
  @usableFromInline var lineStartContinuations = 0

  @usableFromInline
  init(_ input: Input, strict: Bool = false) {
    bytes = input.bytes
    self.strict = strict
  }

  /// Records where reading gave up and returns `nil`.
  @inlinable
  mutating func fail<T>(_ failure: Failure) -> T? {
    self.failure = failure
    return nil
  }

  /// The mark at `index`.
  @inlinable
  var mark: Mark {
    let chars = index - continuations
    return Mark(uncheckedLine: line, column: chars - (lineStart - lineStartContinuations) + 1, offset: chars)
  }

  /// Reads the whole input into `composer`; `nil` when the input is not strict JSON.
  @inlinable
  mutating func read<Builder>(into composer: inout Composer<Builder>) throws(YAMLError) -> Builder.Output? {
    skipWhitespace()
    while true {
      // A value starts at `index`.
      guard index < bytes.count else { return fail(.value(index)) }
      let start = mark
      switch bytes[index] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isMapping = bytes[index] == UInt8(ascii: "{")
        index += 1
        try composer.open(isMapping: isMapping, info: NodeInfo(mark: start, endMark: mark))
        skipWhitespace()
        guard index < bytes.count else { return fail(isMapping ? .key(index) : .value(index)) }
        if bytes[index] == (isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          index += 1
          try composer.close(endMark: mark)
        } else if isMapping {
          guard try key(into: &composer) else { return nil }
          continue
        } else {
          continue
        }
      case UInt8(ascii: "\""):
        guard let text = string() else { return nil }
        let scalar = Scalar(text: text, style: .doubleQuoted, value: .string)
        try composer.scalar(scalar, info: NodeInfo(mark: start, endMark: mark))
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard let scalar = number() else { return nil }
        try composer.scalar(scalar, info: NodeInfo(mark: start, endMark: mark))
      case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
        guard let scalar = literal() else { return fail(.value(index)) }
        try composer.scalar(scalar, info: NodeInfo(mark: start, endMark: mark))
      default:
        return fail(.value(index))
      }
      // After a value: separators and closing brackets, until the next value starts.
      afterValue: while true {
        skipWhitespace()
        switch composer.top.kind {
        case .document:
          guard index == bytes.count else { return fail(.afterValue(index, closing: nil)) }
          return try composer.finish()
        case .mapping:
          guard index < bytes.count else { return fail(.afterValue(index, closing: UInt8(ascii: "}"))) }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            guard try key(into: &composer) else { return nil }
            break afterValue
          }
          guard bytes[index] == UInt8(ascii: "}") else {
            return fail(.afterValue(index, closing: UInt8(ascii: "}")))
          }
          index += 1
          try composer.close(endMark: mark)
        case .sequence:
          guard index < bytes.count else { return fail(.afterValue(index, closing: UInt8(ascii: "]"))) }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            break afterValue
          }
          guard bytes[index] == UInt8(ascii: "]") else {
            return fail(.afterValue(index, closing: UInt8(ascii: "]")))
          }
          index += 1
          try composer.close(endMark: mark)
        }
      }
    }
  }

  /// A key, its `:` and the whitespace after it; `false` if they are not there.
  @inlinable
  mutating func key<Builder>(into composer: inout Composer<Builder>) throws(YAMLError) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
      failure = .key(index)
      return false
    }
    let start = mark
    guard let text = string() else { return false }
    let info = NodeInfo(mark: start, endMark: mark)
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
      failure = .colon(index)
      return false
    }
    index += 1
    try composer.scalar(Scalar(text: text, style: .doubleQuoted, value: .string), info: info)
    skipWhitespace()
    return true
  }

  @inlinable
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        index += 1
      case UInt8(ascii: "\n"):
        newLine(after: 1)
      case UInt8(ascii: "\r"):
        newLine(after: index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1)
      default:
        return
      }
    }
  }

  @inlinable
  mutating func newLine(after length: Int) {
    index += length
    line += 1
    lineStart = index
    lineStartContinuations = continuations
  }

  /// `true`, `false` or `null` at `index`.
  @inlinable
  mutating func literal() -> Scalar? {
    let remaining = bytes.count - index
    switch bytes[index] {
    case UInt8(ascii: "t")
    where remaining >= 4 && bytes[index + 1] == UInt8(ascii: "r")
      && bytes[index + 2] == UInt8(ascii: "u") && bytes[index + 3] == UInt8(ascii: "e"):
      index += 4
      return Scalar(text: "true", style: .plain, value: .bool(true))
    case UInt8(ascii: "f")
    where remaining >= 5 && bytes[index + 1] == UInt8(ascii: "a")
      && bytes[index + 2] == UInt8(ascii: "l") && bytes[index + 3] == UInt8(ascii: "s")
      && bytes[index + 4] == UInt8(ascii: "e"):
      index += 5
      return Scalar(text: "false", style: .plain, value: .bool(false))
    case UInt8(ascii: "n")
    where remaining >= 4 && bytes[index + 1] == UInt8(ascii: "u")
      && bytes[index + 2] == UInt8(ascii: "l") && bytes[index + 3] == UInt8(ascii: "l"):
      index += 4
      return Scalar(text: "null", style: .plain, value: .null)
    default:
      return nil
    }
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at `index`, resolved as a plain scalar.
  @inlinable
  mutating func number() -> Scalar? {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { return fail(.number(start)) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      guard skipDigits() else { return fail(.number(start)) }
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard skipDigits() else { return fail(.number(start)) }
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      guard skipDigits() else { return fail(.number(start)) }
    }
    return Scalar(
      text: String(decoding: bytes[start..<index], as: UTF8.self), style: .plain,
      value: CoreSchema.resolve(plain: bytes.span.extracting(start..<index)))
  }

  /// Skips one or more digits; `false` if there are none.
  @inlinable
  mutating func skipDigits() -> Bool {
    let start = index
    while index < bytes.count && bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index > start
  }

  /// The string whose opening quote is at `index`; `nil` when it is not a valid JSON string in
  /// valid UTF-8. Plain ASCII strings are read here; the rest in `slowString(from:)`.
  @inlinable
  mutating func string() -> String? {
    let start = index + 1
    var end = start
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        index = end + 1
        return String(decoding: bytes[start..<end], as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
      end += 1
    }
    guard let text = slowString(from: start) else { return fail(.string(start - 1)) }
    return text
  }
}
