/// Every message the YAML module produces, in one place.
extension YAMLError {
  /// libyaml's scanner or parser error: `context: problem` at the problem's position, with the
  /// context's start as the related mark.
  static func syntax(problem: String, context: String?, at mark: Mark, contextMark: Mark, file: String)
    -> YAMLError
  {
    guard let context, !context.isEmpty else {
      return YAMLError(kind: .syntax, file: file, mark: mark, message: problem)
    }
    let related = contextMark == mark ? nil : contextMark
    return YAMLError(
      kind: .syntax, file: file, mark: mark, message: "\(context): \(problem)",
      relatedMark: related, relatedNote: related.map { _ in startedHere(context) })
  }

  /// "while parsing a block mapping" → "the block mapping started here".
  private static func startedHere(_ context: String) -> String {
    for prefix in ["while parsing a ", "while scanning a ", "while parsing an ", "while scanning an "]
    where context.hasPrefix(prefix) {
      return "the \(context.dropFirst(prefix.count)) started here"
    }
    return "\(context) (started here)"
  }

  /// A libyaml reader error: `problem` is libyaml's text, `value` the offending byte or
  /// code point.
  static func reader(problem: String, value: Int32, at mark: Mark, file: String) -> YAMLError {
    let value = UInt32(bitPattern: value)
    let utf8: UTF8Problem? =
      switch problem {
      case "invalid leading UTF-8 octet": .cannotStart(UInt8(truncatingIfNeeded: value))
      case "invalid trailing UTF-8 octet": .cannotContinue(UInt8(truncatingIfNeeded: value))
      case "incomplete UTF-8 octet sequence": .truncated
      case "invalid length of a UTF-8 sequence": .overlong
      case "invalid Unicode character": .notAScalar(value)
      default: nil
      }
    if let utf8 { return YAMLError(kind: .invalidUTF8, file: file, mark: mark, message: message(utf8)) }
    let message =
      problem == "control characters are not allowed"
      ? "non-printable character \(codePoint(value)) is not allowed" : problem
    return YAMLError(kind: .syntax, file: file, mark: mark, message: message)
  }

  static func message(_ problem: UTF8Problem) -> String {
    switch problem {
    case .cannotStart(let byte): "invalid UTF-8: byte \(hexByte(byte)) cannot start a character"
    case .cannotContinue(let byte): "invalid UTF-8: byte \(hexByte(byte)) cannot continue a character"
    case .truncated: "invalid UTF-8: the input ends in the middle of a character"
    case .overlong: "invalid UTF-8: overlong encoding"
    case .notAScalar(let value): "invalid UTF-8: \(codePoint(value)) is not a Unicode scalar value"
    }
  }

  /// `0x0A`.
  static func hexByte(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "0x" + (hex.count < 2 ? "0" + hex : hex)
  }

  /// `U+000A`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Input read as strict JSON that is not JSON.
  static func json(
    _ problem: JSONProblem, at mark: Mark, file: String, relatedMark: Mark?, relatedNote: String?
  )
    -> YAMLError
  {
    let message: String
    switch problem {
    case .invalidUTF8(let utf8):
      return YAMLError(kind: .invalidUTF8, file: file, mark: mark, message: self.message(utf8))
    case .expected(let expected, let found): message = "expected \(expected), found \(found)"
    case .trailingComma(let closing): message = "a trailing comma before '\(closing)' is not JSON"
    case .numberStart(let first): message = "a number may not start with '\(first)'"
    case .leadingZeros: message = "a number may not have leading zeros"
    case .notJSON(let what): message = "\(what) is not JSON"
    case .notAValue(let word): message = "'\(word)' is not a JSON value (the words are true, false and null)"
    case .singleQuotes: message = "single quotes are not JSON; strings are in double quotes"
    case .comment: message = "comments are not JSON"
    case .controlCharacter(let value):
      message = "control character \(codePoint(value)) must be escaped in a string"
    case .badEscape(let found): message = "a backslash before \(found) is not a JSON escape"
    case .badUnicodeEscape: message = "expected four hexadecimal digits after '\\u'"
    case .loneSurrogate(let escape): message = "a lone surrogate escape '\(escape)' is not a character"
    case .unclosedString: message = "expected '\"' to close the string, found the end of the input"
    }
    return YAMLError(
      kind: .syntax, file: file, mark: mark, message: message, relatedMark: relatedMark,
      relatedNote: relatedNote)
  }

  /// libyaml could not allocate memory.
  @usableFromInline
  static func outOfMemory(file: String) -> YAMLError {
    YAMLError(kind: .syntax, file: file, mark: .start, message: "libyaml ran out of memory")
  }

  @usableFromInline
  static func duplicateKey(_ key: Scalar, at mark: Mark, first: Mark, file: String) -> YAMLError {
    let name = display(key.text)
    return YAMLError(
      kind: .duplicateKey, file: file, mark: mark,
      message: "duplicate key \(name) (first defined at line \(first.line), column \(first.column))",
      relatedMark: first, relatedNote: "\(name) first defined here")
  }

  /// Two keys of one mapping with the same text but different types, such as `1` and `"1"`.
  @usableFromInline
  static func sameKeyText(_ key: Scalar, at mark: Mark, first: Scalar, at firstMark: Mark, file: String)
    -> YAMLError
  {
    let name = display(key.text)
    return YAMLError(
      kind: .duplicateKey, file: file, mark: mark,
      message:
        "duplicate key \(name) (first defined at line \(firstMark.line), column \(firstMark.column) as \(typeName(first)), "
        + "here as \(typeName(key)); keys with the same text are the same key)",
      relatedMark: firstMark, relatedNote: "\(name) first defined here")
  }

  /// A key's type as messages name it.
  private static func typeName(_ scalar: Scalar) -> String {
    switch scalar.value {
    case .string: "a string"
    case .null: "null"
    case .bool: "a bool"
    case .int: "an int"
    case .double: "a float"
    }
  }

  @usableFromInline
  static func complexKey(at mark: Mark, file: String) -> YAMLError {
    YAMLError(kind: .complexKey, file: file, mark: mark, message: "complex mapping keys are not supported")
  }

  @usableFromInline
  static func undefinedAlias(_ name: String, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .undefinedAlias, file: file, mark: mark,
      message: "undefined alias '*\(name)' (an alias must follow the whole node its anchor names)")
  }

  @usableFromInline
  static func aliasLimit(_ limit: Int, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .aliasLimit, file: file, mark: mark,
      message: "aliases expand to more than \(limit) nodes; the document looks like an alias bomb")
  }

  @usableFromInline
  static func aliasRatio(_ ratio: Int, ownNodes: Int, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .aliasLimit, file: file, mark: mark,
      message: "aliases expand to more than \(ratio) times the document's own \(ownNodes) nodes")
  }

  @usableFromInline
  static func depthLimit(_ limit: Int, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .depthLimit, file: file, mark: mark, message: "collections are nested more than \(limit) deep")
  }

  /// The input has `count` bytes (nil when it was read only up to the limit), over `limit`.
  static func sizeLimit(_ count: Int?, limit: Int, file: String) -> YAMLError {
    let size = count.map { "\($0) bytes" } ?? "larger"
    return YAMLError(
      kind: .sizeLimit, file: file, mark: .start,
      message: "the input is \(size), more than the limit of \(limit) bytes")
  }

  static func invalidTaggedValue(_ text: String, tag: String, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .badTag, file: file, mark: mark,
      message: "\(display(text)) is not a valid \(TagResolver.shortForm(tag)) value")
  }

  static func unsupportedTag(_ tag: String, on node: String, at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .badTag, file: file, mark: mark,
      message: "unsupported tag '\(TagResolver.shortForm(tag))' on a \(node)")
  }

  @usableFromInline
  static func multipleDocuments(at mark: Mark, file: String) -> YAMLError {
    YAMLError(
      kind: .multipleDocuments, file: file, mark: mark,
      message: "expected a single document, found a second one")
  }

  /// A key or value quoted for a message: control characters escaped, long text shortened.
  static func display(_ text: String) -> String {
    var shown = ""
    var count = 0
    for scalar in text.unicodeScalars {
      count += 1
      if count > 40 {
        shown += "..."
        break
      }
      switch scalar {
      case "\n": shown += "\\n"
      case "\t": shown += "\\t"
      case "\r": shown += "\\r"
      default: shown.unicodeScalars.append(scalar)
      }
    }
    return "'\(shown)'"
  }
}
