/// The first problem in a number or string the reader gave up on, found by reading it again
/// byte by byte.
extension JSONReader {
  /// The first problem in the number starting at `start`.
  func numberProblem(from start: Int) -> Diagnosed {
    var position = start
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      let word = position < bytes.count ? self.word(at: position) : ""
      let problem: JSONProblem =
        word == "NaN" || word == "Infinity"
        ? .notJSON(word) : problem(at: position) ?? .expected("a digit after '-'", found: found(at: position))
      return (problem, position, nil)
    }
    position = digitsEnd(from: position)
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        return (
          problem(at: position) ?? .expected("a digit after '.'", found: found(at: position)), position, nil
        )
      }
      position = digitsEnd(from: position)
    }
    if position < bytes.count && bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count
        && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
      {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        let problem =
          problem(at: position) ?? .expected("a digit in the exponent", found: found(at: position))
        return (problem, position, nil)
      }
    }
    return (.expected("a number", found: found(at: start)), start, nil)
  }

  /// The index just past the digits from `start`.
  func digitsEnd(from start: Int) -> Int {
    var position = start
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    return position
  }

  func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// The first problem in the string whose opening quote is at `quote`.
  func stringProblem(openedAt quote: Int) -> Diagnosed {
    var position = quote + 1
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        // The reader gives up on a string only for a reason found above.
        return (.expected("a string", found: found(at: quote)), quote, nil)
      case UInt8(ascii: "\\") where position + 1 == bytes.count:
        position += 1
      case UInt8(ascii: "\\"):
        guard let length = escapeLength(at: position) else {
          return (escapeProblem(at: position), position, nil)
        }
        position += length
      case 0..<0x20:
        return (.controlCharacter(UInt32(byte)), position, nil)
      case 0x80...:
        switch UTF8Problem.character(in: bytes, at: position) {
        case .success(let length): position += length
        case .failure(let problem): return (.invalidUTF8(problem), position, nil)
        }
      default:
        position += 1
      }
    }
    return (.unclosedString, position, (quote, "the string starts here"))
  }

  /// The length of the valid escape at `position` (a backslash), a surrogate pair counting as one.
  func escapeLength(at position: Int) -> Int? {
    guard position + 1 < bytes.count else { return nil }
    switch bytes[position + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return 2
    case UInt8(ascii: "u"):
      guard let unit = codeUnit(at: position) else { return nil }
      switch unit {
      case 0xD800..<0xDC00:
        guard let low = codeUnit(at: position + 6), (0xDC00..<0xE000).contains(low) else { return nil }
        return 12
      case 0xDC00..<0xE000: return nil
      default: return 6
      }
    default:
      return nil
    }
  }

  /// Why the escape at `position` (a backslash, not the input's last byte) is not valid.
  func escapeProblem(at position: Int) -> JSONProblem {
    guard bytes[position + 1] == UInt8(ascii: "u") else {
      return problem(at: position + 1) ?? .badEscape(found(at: position + 1))
    }
    guard codeUnit(at: position) != nil else { return .badUnicodeEscape }
    return .loneSurrogate(String(decoding: bytes[position..<position + 6], as: UTF8.self))
  }

  /// The code unit of the `\uXXXX` escape at `position`, if it is one.
  func codeUnit(at position: Int) -> UInt32? {
    guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
      bytes[position + 1] == UInt8(ascii: "u")
    else { return nil }
    var value: UInt32 = 0
    for byte in bytes[position + 2..<position + 6] {
      guard byte < 0x80, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}
