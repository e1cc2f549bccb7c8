/// Which characters make up the words `WordCursor` splits: letters, digits, combining marks and apostrophes (`'`, and `’`, which counts as
/// `'`). ASCII is classified through a table that the compiler lays out statically, so the scanning
/// loops pay no lazy initialisation for it; other scalars through their Unicode properties.
enum WordCharacters {
  static let apostrophe = UInt8(ascii: "'")
  /// `’`, which words treat as `'`.
  static let rightSingleQuote: UInt32 = 0x2019

  /// By byte, the byte lower-cased if it is an ASCII letter or digit, else 0: all 256, so that
  /// reading it needs no bounds check.
  private static let wordBytes: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x00
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x10
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x20
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0, 0, 0, 0, 0, 0,  // 0x30
    0, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,  // 0x40
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0, 0, 0, 0, 0,  // 0x50
    0, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,  // 0x60
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0, 0, 0, 0, 0,  // 0x70
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x80
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x90
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xA0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xB0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xC0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xD0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xE0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xF0
  ]

  /// `byte` lower-cased if it is an ASCII letter or digit, else 0 (for any byte of a longer
  /// scalar too): one load that both classifies a byte and gives what a word's hash mixes in.
  @inline(__always) static func wordByte(_ byte: UInt8) -> UInt8 {
    wordBytes[Int(byte)]
  }

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
  static func decode(_ utf8: Span<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(utf8[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= utf8.count else { return (replacement, 1) }
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | (UInt32(utf8[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? replacement, length)
  }
}
