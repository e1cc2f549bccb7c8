/// Which characters make up words, shared by `WordScanner` and `WordCursor` so that both split text
/// the same way: letters, digits, combining marks and apostrophes (`'`, and `’`, which counts as
/// `'`). ASCII is classified by a bit set rather than a table, so the scanning loops pay no lazy
/// initialisation for it; other scalars through their Unicode properties.
enum WordCharacters {
  static let apostrophe = UInt8(ascii: "'")
  /// `’`, which words treat as `'`.
  static let rightSingleQuote: UInt32 = 0x2019

  /// Bits 0–63 of the ASCII letters and digits: `0`–`9` (0x30–0x39).
  private static let lowLettersAndDigits: UInt64 = 0x03FF_0000_0000_0000
  /// Bits 64–127 of the ASCII letters and digits: `A`–`Z` (0x41–0x5A) and `a`–`z` (0x61–0x7A).
  private static let highLettersAndDigits: UInt64 = 0x07FF_FFFE_07FF_FFFE

  /// Whether `byte` is an ASCII letter or digit (false for any byte of a longer scalar).
  @inline(__always) static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    byte < 64
      ? lowLettersAndDigits >> byte & 1 != 0 : byte < 128 && highLettersAndDigits >> (byte & 63) & 1 != 0
  }

  /// The ASCII letter or digit `byte` in lower case: setting bit 5 lower-cases a letter and leaves
  /// a digit (and `'`) as it is.
  @inline(__always) static func lowercased(letterOrDigit byte: UInt8) -> UInt8 { byte | 0x20 }

  /// The ASCII `byte` in lower case.
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  /// Whether a scalar beyond ASCII, other than `’`, belongs to a word.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// U+FFFD, for a malformed sequence (which a Swift string never holds).
  private static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// The scalar starting at `index` of valid UTF-8 (Swift strings always are) and its length.
  static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(utf8[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= utf8.count else { return (replacement, 1) }
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | (UInt32(utf8[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? replacement, length)
  }
}
