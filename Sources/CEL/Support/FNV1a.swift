/// The 64-bit FNV-1a hash (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`): one xor and
/// one multiplication a byte, cheap for the short texts it is given, with well-mixed top bits.
///
/// Closeout's one FNV-1a: maps hash their string keys with it (`FieldName`), and the phrase checks
/// hash words with `mixing` while they scan them.
public enum FNV1a {
  /// The hash of no bytes (the offset basis), where an incremental hash starts.
  @inlinable public static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

  /// The FNV prime for 64 bits.
  @inlinable public static var prime: UInt64 { 0x100_0000_01b3 }

  /// The hash of `text`'s UTF-8.
  @inlinable
  public static func hash(of text: String) -> UInt64 {
    hashNotingASCII(of: text).hash
  }

  /// The hash of `text`'s UTF-8, and whether every byte of it is ASCII, found in the same pass.
  @inlinable
  public static func hashNotingASCII(of text: String) -> (hash: UInt64, isASCII: Bool) {
    let bytes = text.utf8.span
    var hash = seed
    var bits: UInt8 = 0
    for position in bytes.indices {
      hash = mixing(hash, bytes[position])
      bits |= bytes[position]
    }
    return (hash, bits < 0x80)
  }

  /// The hash of `bytes`, in order.
  @inlinable
  public static func hash(of bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = seed
    for byte in bytes { hash = mixing(hash, byte) }
    return hash
  }

  /// `hash` extended by one more byte, for hashing bytes as they are read.
  @inlinable @inline(__always)
  public static func mixing(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }
}
