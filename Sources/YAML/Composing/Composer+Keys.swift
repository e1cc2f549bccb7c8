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

  /// Mappings up to this size are searched linearly; larger ones build an index. A string key
  /// is rarely searched for (see `Frame.stringKeyBits`), and comparing the lengths of keys rejects
  /// most pairs when it is, which for the sizes snapshot records have is cheaper than hashing
  /// each key into a dictionary.
  @inlinable
  static var linearSearchLimit: Int { 32 }

  /// Throws if the newest key, on top of `keys`, already appears in the innermost open mapping;
  /// `textBit` is its `Scalar.keyTextBit`.
  ///
  /// A string key can only be the same key as a string key of its text, so a string key whose
  /// bit no earlier string key of a small mapping set is new. Other keys are always searched for.
  @inlinable
  mutating func checkDuplicate(textBit: UInt64) throws(YAMLError) {
    let start = top.keyStart
    guard top.keyIndex == nil && keys.count - 1 - start < Self.linearSearchLimit else {
      return try searchIndex(from: start)
    }
    if textBit != 0 && top.stringKeyBits & textBit == 0 {
      top.stringKeyBits |= textBit
      return
    }
    try searchLinearly(from: start)
  }

  /// `checkDuplicate` in a small mapping, for a key that may be there.
  @inlinable @inline(never)
  func searchLinearly(from start: Int) throws(YAMLError) {
    let newest = keys.count - 1
    let key = keys[newest].scalar
    for index in start..<newest where keys[index].scalar.isSameKey(as: key) {
      throw .duplicateKey(key, at: keys[newest].info.mark, first: keys[index].info.mark, file: file)
    }
  }

  /// `checkDuplicate` in a large mapping: the newest key is looked up in an index of the keys
  /// before it, made when the mapping grows past `linearSearchLimit`.
  @inlinable @inline(never)
  mutating func searchIndex(from start: Int) throws(YAMLError) {
    let key = keys[keys.count - 1]
    var keyIndex = top.keyIndex ?? indexKeys(from: start)
    top.keyIndex = nil  // keeps the dictionary uniquely referenced while it grows
    let identity = KeyIdentity(key.scalar)
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
    keyIndex.reserveCapacity(2 * (keys.count - start))
    for index in start..<keys.count - 1 {
      keyIndex[KeyIdentity(keys[index].scalar)] = keys[index].info.mark
    }
    return keyIndex
  }
}

/// A mapping key as a dictionary key, with the equality of `Scalar.isSameKey(as:)`.
@usableFromInline
struct KeyIdentity: Hashable {
  @usableFromInline let scalar: Scalar

  @inlinable
  init(_ scalar: Scalar) {
    self.scalar = scalar
  }

  @inlinable
  static func == (lhs: KeyIdentity, rhs: KeyIdentity) -> Bool {
    lhs.scalar.isSameKey(as: rhs.scalar)
  }

  /// Hashes what `==` compares: a string's text (`String` hashes canonically equivalent texts
  /// alike, so texts of the same code points certainly), or another resolved value with `-0.0`
  /// as `0.0` and every NaN alike.
  @inlinable
  func hash(into hasher: inout Hasher) {
    switch scalar.value {
    case .string:
      hasher.combine(scalar.text)
    case .null:
      hasher.combine(0 as UInt8)
    case .bool(let flag):
      hasher.combine(flag)
    case .int(let number):
      hasher.combine(number)
    case .double(let number):
      hasher.combine(number.isNaN ? Double.nan.bitPattern : number == 0 ? 0 : number.bitPattern)
    }
  }
}

extension Scalar {
  /// For a string, one of 64 bits, chosen by the length and the first and last bytes of its
  /// text, so that strings of the same text have the same bit and most keys of a mapping differ
  /// in it; 0 for other values.
  @inlinable
  var keyTextBit: UInt64 {
    guard case .string = value else { return 0 }
    return Self.keyTextBit(ofUTF8: text.utf8.span)
  }

  /// The `keyTextBit` of a string whose text has `utf8` as its UTF-8, for a source that has the
  /// bytes at hand.
  @inlinable
  static func keyTextBit(ofUTF8 utf8: Span<UInt8>) -> UInt64 {
    guard let last = utf8.indices.last else { return 1 }
    let summary = UInt64(utf8.count) | UInt64(utf8[0]) &<< 32 | UInt64(utf8[last]) &<< 40
    return 1 &<< ((summary &* 0x9E37_79B9_7F4A_7C15) &>> 58)
  }

  /// Whether two scalars are the same mapping key (see `Composer+Keys.swift`).
  @inlinable
  func isSameKey(as other: Scalar) -> Bool {
    if case .string = value, case .string = other.value {
      // Lengths reject most pairs cheaply; `==` is exact for ASCII, and code points (not
      // canonical equivalence, which `==` follows) confirm a match.
      let lhs = text.utf8
      let rhs = other.text.utf8
      return lhs.count == rhs.count && text == other.text && lhs.elementsEqual(rhs)
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
