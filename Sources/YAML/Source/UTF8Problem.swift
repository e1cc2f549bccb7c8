/// Why bytes are not UTF-8, in the terms libyaml's reader uses, so both paths say the same.
enum UTF8Problem: Error, Sendable, Hashable {
  /// The byte cannot be the first of a character.
  case cannotStart(UInt8)
  /// The byte cannot be the second, third or fourth of a character.
  case cannotContinue(UInt8)
  /// The input ends in the middle of a character.
  case truncated
  /// The character is encoded with more bytes than it needs.
  case overlong
  /// The bytes encode a surrogate or a value beyond U+10FFFF.
  case notAScalar(UInt32)

  /// The length of the character starting at `position` of `bytes`, or why it is not one.
  static func character(in bytes: [UInt8], at position: Int) -> Result<Int, UTF8Problem> {
    let first = bytes[position]
    let length: Int
    var value: UInt32
    switch first {
    case 0..<0x80: return .success(1)
    case 0xC0...0xDF: (length, value) = (2, UInt32(first & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(first & 0x0F))
    case 0xF0...0xF7: (length, value) = (4, UInt32(first & 0x07))
    default: return .failure(.cannotStart(first))
    }
    for offset in 1..<length {
      guard position + offset < bytes.count else { return .failure(.truncated) }
      let byte = bytes[position + offset]
      guard byte & 0xC0 == 0x80 else { return .failure(.cannotContinue(byte)) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    let least: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    if value < least { return .failure(.overlong) }
    if (0xD800..<0xE000).contains(value) || value > 0x10FFFF { return .failure(.notAScalar(value)) }
    return .success(length)
  }
}
