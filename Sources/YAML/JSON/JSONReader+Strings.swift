/// JSON strings with escapes or non-ASCII characters.
extension JSONReader {
  /// Reads the string whose content starts at `start` (after the opening quote), unescaping
  /// and validating it, and moves past the closing quote.
  @usableFromInline
  mutating func slowString(from start: Int) -> String? {
    var content: [UInt8] = []
    content.reserveCapacity(32)
    var ascii = true
    index = start
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return ascii ? String(decoding: content, as: UTF8.self) : String(validating: content, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { return nil }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): content.append(escape)
        case UInt8(ascii: "b"): content.append(0x08)
        case UInt8(ascii: "f"): content.append(0x0C)
        case UInt8(ascii: "n"): content.append(0x0A)
        case UInt8(ascii: "r"): content.append(0x0D)
        case UInt8(ascii: "t"): content.append(0x09)
        case UInt8(ascii: "u"):
          guard let scalar = unicodeEscape() else { return nil }
          if scalar.value >= 0x80 { ascii = false }
          UTF8.encode(scalar) { content.append($0) }
        default:
          return nil
        }
      case 0..<0x20:
        return nil
      default:
        if byte >= 0x80 {
          // NEL, LS and PS are line breaks to libyaml (YAML 1.1), which counts lines at them
          // and folds NEL: leave such strings to it, so both paths give the same tree and marks.
          // To strict JSON they are characters like any other.
          if !strict && isYAMLLineBreak(at: index) { return nil }
          ascii = false
          if byte & 0xC0 == 0x80 { continuations += 1 }
        }
        content.append(byte)
        index += 1
      }
    }
    return nil
  }

  /// Whether the bytes at `position` are NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
  func isYAMLLineBreak(at position: Int) -> Bool {
    switch bytes[position] {
    case 0xC2: position + 1 < bytes.count && bytes[position + 1] == 0x85
    case 0xE2:
      position + 2 < bytes.count && bytes[position + 1] == 0x80 && (0xA8...0xA9).contains(bytes[position + 2])
    default: false
    }
  }

  /// The scalar of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
  mutating func unicodeEscape() -> Unicode.Scalar? {
    guard let high = hexQuad() else { return nil }
    switch high {
    case 0xD800..<0xDC00:
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
      else { return nil }
      index += 2
      guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    case 0xDC00..<0xE000:
      return nil
    default:
      return Unicode.Scalar(high)
    }
  }

  mutating func hexQuad() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}
