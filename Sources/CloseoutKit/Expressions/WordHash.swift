/// The hash that finds phrase candidates: FNV-1a of a word's lower-cased bytes. Its top bits are
/// well mixed, so `WordHashTable` picks slots with them directly.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// The hash of `bytes`, as given.
  static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash = seed
    for byte in bytes { hash = mixing(hash, byte) }
    return hash
  }

  /// `hash` extended by one more byte, for hashing a word while it is scanned.
  @inline(__always) static func mixing(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }
}
