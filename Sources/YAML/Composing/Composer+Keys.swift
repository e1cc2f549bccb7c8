/// Duplicate-key detection.
///
/// Keys are compared by resolved value, as YAML 1.2's core schema says: `a`, `'a'` and `"a"` are
/// the same key, `1` and `1.0` differ. Strings compare by code points, not by Unicode canonical
/// equivalence. `null` and `~` are the same key, as are `0x1F` and `31`, and `.nan` equals itself.
///
/// Keys with the same text are the same key too, even when YAML tells them apart by type (`1`, an
/// integer, and `"1"`, a string; `true` and `'true'`): the snapshots and rules built from a
/// document key their mappings by text, where one would silently replace the other.
extension Composer {
  /// Throws if two keys of the innermost open mapping, which has a key that is not a string, have
  /// the same text. Keys of the same resolved value were rejected as they came, so this finds a
  /// typed key beside a string of its text. Linear, and only for mappings with a typed key.
  @inlinable @inline(never)
  func checkKeyTexts() throws(YAMLError) {
    var firstWithText: [[UInt8]: Int] = [:]
    for index in top.keyStart..<keys.count {
      let key = keys[index]
      let text = Array(key.scalar.text.utf8)
      if let first = firstWithText[text] {
        throw .sameKeyText(
          key.scalar, at: key.info.mark, first: keys[first].scalar, at: keys[first].info.mark, file: file)
      }
      firstWithText[text] = index
    }
  }

  /// Mappings up to this size are searched linearly; larger ones build a hash index. With the
  /// keys' hashes at hand, a linear search is one integer comparison per key, cheaper than
  /// hashing into a dictionary for the sizes snapshot records have.
  @inlinable
  static var linearSearchLimit: Int { 32 }

  /// Throws if the newest key, on top of `keys` (its `keyHash`, `hash`, not yet on
  /// `keyHashes`), already appears in the innermost open mapping.
  ///
  /// A small mapping keeps one bit per key, chosen by the key's hash: a key whose bit is clear
  /// (most keys) is new without a search, and that test is inlined into the caller.
  @inlinable @inline(__always)
  mutating func checkDuplicate(hash: UInt64) throws(YAMLError) {
    let bit: UInt64 = 1 &<< (hash &>> 58)
    if top.keyHashBits & bit == 0 && top.keyIndex == nil
      && keyHashes.count - top.keyStart < Self.linearSearchLimit
    {
      top.keyHashBits |= bit
      return
    }
    try searchDuplicate(hash: hash, bit: bit)
  }

  /// `checkDuplicate` for a key that may be there: searched for linearly in a small mapping,
  /// in a hash index in a large one.
  @inlinable @inline(never)
  mutating func searchDuplicate(hash: UInt64, bit: UInt64) throws(YAMLError) {
    let start = top.keyStart
    let key = keys[keyHashes.count]
    if top.keyIndex == nil && keyHashes.count - start < Self.linearSearchLimit {
      for index in start..<keyHashes.count
      where keyHashes[index] == hash && keys[index].scalar.isSameKey(as: key.scalar) {
        throw .duplicateKey(key.scalar, at: key.info.mark, first: keys[index].info.mark, file: file)
      }
      top.keyHashBits |= bit
      return
    }
    var keyIndex = top.keyIndex ?? indexKeys(from: start)
    top.keyIndex = nil  // keeps the dictionary uniquely referenced while it grows
    let identity = KeyIdentity(key.scalar, hash: hash)
    if let first = keyIndex[identity] {
      throw .duplicateKey(key.scalar, at: key.info.mark, first: first, file: file)
    }
    keyIndex[identity] = key.info.mark
    top.keyIndex = keyIndex
  }

  /// An index of the keys before the newest, from `start` on.
  @inlinable
  func indexKeys(from start: Int) -> [KeyIdentity: Mark] {
    var keyIndex: [KeyIdentity: Mark] = [:]
    keyIndex.reserveCapacity(2 * (keyHashes.count - start))
    for index in start..<keyHashes.count {
      keyIndex[KeyIdentity(keys[index].scalar, hash: keyHashes[index])] = keys[index].info.mark
    }
    return keyIndex
  }
}

/// A mapping key as a dictionary key, with the equality of `Scalar.isSameKey(as:)` and the
/// hash the composer computed for it (`Scalar.keyHash`, equal for equal keys).
@usableFromInline
struct KeyIdentity: Hashable {
  @usableFromInline let scalar: Scalar
  @usableFromInline let hash: UInt64

  @inlinable
  init(_ scalar: Scalar, hash: UInt64) {
    self.scalar = scalar
    self.hash = hash
  }

  @inlinable
  static func == (lhs: KeyIdentity, rhs: KeyIdentity) -> Bool {
    lhs.hash == rhs.hash && lhs.scalar.isSameKey(as: rhs.scalar)
  }

  @inlinable
  func hash(into hasher: inout Hasher) {
    hasher.combine(hash)
  }
}

extension Scalar {
  /// A hash that equal keys share: FNV-1a over a string's UTF-8 (exactly, so that builders may
  /// reuse it, see `MappingEntries.keyHashes`), or over the bits of another resolved value
  /// (`-0.0` as `0.0`, every NaN alike).
  @inlinable
  public var keyHash: UInt64 {
    switch value {
    case .string:
      let utf8 = text.utf8
      // Contiguous storage (always there for native strings) is far faster than iterating.
      return utf8.withContiguousStorageIfAvailable(Self.fnv1a)
        ?? utf8.reduce(Self.fnvOffsetBasis) { ($0 ^ UInt64($1)) &* Self.fnvPrime }
    case .null:
      return 1
    case .bool(let flag):
      return flag ? 2 : 3
    case .int(let number):
      return UInt64(bitPattern: number) &* 0x9E37_79B9_7F4A_7C15
    case .double(let number):
      let bits = number.isNaN ? Double.nan.bitPattern : number == 0 ? 0 : number.bitPattern
      return (bits ^ 0x5555) &* 0x9E37_79B9_7F4A_7C15
    }
  }

  @inlinable static var fnvOffsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }
  @inlinable static var fnvPrime: UInt64 { 0x100_0000_01b3 }

  /// The 64-bit FNV-1a hash of `bytes`: a string key's `keyHash` when they are its UTF-8.
  @inlinable
  static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = fnvOffsetBasis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
    return hash
  }

  /// Whether two scalars are the same mapping key (see `Composer+Keys.swift`).
  @inlinable
  func isSameKey(as other: Scalar) -> Bool {
    if case .string = value, case .string = other.value {
      // Lengths and first bytes reject most pairs cheaply; `==` is exact for ASCII, and code
      // points (not canonical equivalence, which `==` follows) confirm a match.
      let lhs = text.utf8
      let rhs = other.text.utf8
      return lhs.count == rhs.count && lhs.first == rhs.first && text == other.text && lhs.elementsEqual(rhs)
    }
    return isSameNonStringKey(as: other)
  }

  @usableFromInline
  func isSameNonStringKey(as other: Scalar) -> Bool {
    switch (value, other.value) {
    case (.null, .null):
      return true
    case (.bool(let lhs), .bool(let rhs)):
      return lhs == rhs
    case (.int(let lhs), .int(let rhs)):
      return lhs == rhs
    case (.double(let lhs), .double(let rhs)):
      return lhs == rhs || (lhs.isNaN && rhs.isNaN)
    default:
      return false
    }
  }
}
