/// A compact, unambiguous rendering of a tree, for tests and debugging.
///
/// Operators print as the calls they are: `a + b * c` prints `_+_(a, _*_(b, c))`. Receiver calls
/// print as `target.f(args)`, presence tests as `a.f~test-only~`, optional list elements, map
/// entries and field initializers with their `?` (`[?a]`, `{?k: v}`), and comprehensions as
/// `__comprehension__(iterVar, iterRange, accuVar, accuInit, loopCondition, loopStep, result)`,
/// with `iterVar2` after `iterVar` in a two-variable loop.
/// Ids and offsets are not printed.
extension Expr: CustomDebugStringConvertible {
  /// The tree in the compact notation described above.
  public var debugDescription: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch kind {
    case .literal(let constant):
      output += constant.debugDescription
    case .ident(let name):
      output += name
    case .select(let operand, let field, let testOnly):
      operand.write(to: &output)
      output += "." + Self.fieldName(field)
      if testOnly { output += "~test-only~" }
    case .call(let function, let target, let args):
      if let target {
        target.write(to: &output)
        output += "."
      }
      output += function
      Self.write(args, to: &output, open: "(", close: ")")
    case .list(let elements, let optionalIndices):
      output += "["
      for (position, element) in elements.enumerated() {
        if position > 0 { output += ", " }
        if optionalIndices.contains(position) { output += "?" }
        element.write(to: &output)
      }
      output += "]"
    case .map(let entries):
      output += "{"
      for (position, entry) in entries.enumerated() {
        if position > 0 { output += ", " }
        if entry.isOptional { output += "?" }
        entry.key.write(to: &output)
        output += ": "
        entry.value.write(to: &output)
      }
      output += "}"
    case .message(let typeName, let fields):
      output += typeName + "{"
      for (position, field) in fields.enumerated() {
        if position > 0 { output += ", " }
        output += (field.isOptional ? "?" : "") + Self.fieldName(field.field) + ": "
        field.value.write(to: &output)
      }
      output += "}"
    case .comprehension(let loop):
      output += "__comprehension__(\(loop.iterVar), "
      if let second = loop.iterVar2 { output += "\(second), " }
      loop.iterRange.write(to: &output)
      output += ", \(loop.accuVar), "
      Self.write(
        [loop.accuInit, loop.loopCondition, loop.loopStep, loop.result], to: &output, open: "", close: ")")
    }
  }

  private static func write(_ exprs: [Expr], to output: inout String, open: String, close: String) {
    output += open
    for (position, expr) in exprs.enumerated() {
      if position > 0 { output += ", " }
      expr.write(to: &output)
    }
    output += close
  }

  /// A field name as written in source: quoted with backticks unless it is a plain identifier.
  private static func fieldName(_ name: String) -> String {
    LexicalClass.isPlainIdentifier(name) ? name : "`\(name)`"
  }
}

extension Constant: CustomDebugStringConvertible {
  /// The constant as a CEL literal: `null`, `true`, `-1`, `1u`, `1.5`, `"a\n"`, `b"\xff"`.
  public var debugDescription: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .uint(let value): return "\(value)u"
    case .double(let value): return value.description
    case .string(let value): return Self.quoted(value)
    case .bytes(let value): return Self.quoted(bytes: value)
    }
  }

  private static func quoted(_ string: String) -> String {
    var output = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        output += "\\u" + SyntaxMessage.hex(scalar.value, width: 4)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  private static func quoted(bytes: [UInt8]) -> String {
    var output = "b\""
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\""): output += "\\\""
      case UInt8(ascii: "\\"): output += "\\\\"
      case 0x20..<0x7F: output.unicodeScalars.append(Unicode.Scalar(byte))
      default: output += "\\x" + SyntaxMessage.hex(UInt32(byte), width: 2).lowercased()
      }
    }
    return output + "\""
  }
}
