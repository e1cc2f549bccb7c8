/// The hash that finds phrase candidates: FNV-1a of a word's lower-cased bytes.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash = seed
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  /// The hash of ASCII bytes, lower-cased on the way.
  static func ofASCII(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = seed
    for index in range { hash = (hash ^ UInt64(lower(utf8[index]))) &* prime }
    return hash
  }

  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  /// The length of an apostrophe (`'`, or `’` in UTF-8) starting at `index`, if there is one.
  static func apostropheLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
    if utf8[index] == UInt8(ascii: "'") { return 1 }
    if end - index >= 3, utf8[index] == 0xE2, utf8[index + 1] == 0x80, utf8[index + 2] == 0x99 { return 3 }
    return nil
  }

  /// The length of an apostrophe ending just before `end`, if there is one.
  static func apostropheLength(_ utf8: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int? {
    if utf8[end - 1] == UInt8(ascii: "'") { return 1 }
    if end - start >= 3, utf8[end - 3] == 0xE2, utf8[end - 2] == 0x80, utf8[end - 1] == 0x99 { return 3 }
    return nil
  }
}
