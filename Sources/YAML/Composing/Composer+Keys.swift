/// Duplicate-key detection.
///
/// Keys are compared by resolved value: `a`, `'a'` and `"a"` are the same key, while `1` (an
/// integer) and `"1"` (a string) differ, and so do `1` and `1.0`. Strings compare by code
/// points, not by Unicode canonical equivalence. `null` and `~` are the same key, as are
/// `0x1F` and `31`, and `.nan` equals itself.
extension Composer {
  /// Mappings up to this size are searched linearly; larger ones build a hash index.
  @inlinable
  static var linearSearchLimit: Int { 12 }

  /// Throws if `key` already appears in the innermost open mapping.
  @inlinable
  mutating func checkDuplicate(_ key: Scalar, at mark: Mark) throws(YAMLError) {
    let start = top.keyStart
    if top.keyIndex == nil && keys.count - start < Self.linearSearchLimit {
      for index in start..<keys.count where keys[index].scalar.isSameKey(as: key) {
        throw .duplicateKey(key, at: mark, first: keys[index].info.mark, file: file)
      }
      return
    }
    var keyIndex = top.keyIndex ?? indexKeys(from: start)
    top.keyIndex = nil  // keeps the dictionary uniquely referenced while it grows
    let identity = KeyIdentity(key)
    if let first = keyIndex[identity] {
      throw .duplicateKey(key, at: mark, first: first, file: file)
    }
    keyIndex[identity] = mark
    top.keyIndex = keyIndex
  }

  @inlinable
  func indexKeys(from start: Int) -> [KeyIdentity: Mark] {
    var keyIndex: [KeyIdentity: Mark] = [:]
    keyIndex.reserveCapacity(2 * (keys.count - start))
    for key in keys[start...] {
      keyIndex[KeyIdentity(key.scalar)] = key.info.mark
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

  @usableFromInline
  func hash(into hasher: inout Hasher) {
    switch scalar.value {
    case .null:
      hasher.combine(0)
    case .bool(let flag):
      hasher.combine(flag)
    case .int(let number):
      hasher.combine(number)
    case .double(let number):
      hasher.combine(number.isNaN ? Double.nan.bitPattern : number == 0 ? 0 : number.bitPattern)
    case .string:
      for byte in scalar.text.utf8 { hasher.combine(byte) }
    }
  }
}

extension Scalar {
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
