// CEL compares and searches strings by code point. Swift's `==`, `hasPrefix` and `contains`
// work on canonically equivalent characters instead ('é' as one scalar equals 'e' + U+0301),
// so the runtime goes through these helpers, which compare UTF-8 bytes.

extension String {
  /// Whether the two strings have the same code points (no Unicode normalisation), which is
  /// whether they have the same UTF-8 bytes. Identical representations (the same small string,
  /// or the same storage) answer without reading the bytes.
  @inline(__always)
  func codePointsEqual(_ other: String) -> Bool {
    unsafeBitCast(self, to: (UInt64, UInt64).self) == unsafeBitCast(other, to: (UInt64, UInt64).self)
      || sameUTF8(as: other)
  }

  /// Whether the two strings have the same UTF-8 bytes.
  func sameUTF8(as other: String) -> Bool {
    let fast = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        mine.count == theirs.count && memoryEqual(mine, theirs)
      }
    }
    if let result = fast ?? nil { return result }
    return utf8.elementsEqual(other.utf8)
  }

  /// Whether the string starts with `prefix`, code point by code point.
  func codePointsHavePrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// Whether the string ends with `suffix`, code point by code point.
  func codePointsHaveSuffix(_ suffix: String) -> Bool {
    let mine = utf8.count
    let theirs = suffix.utf8.count
    guard theirs <= mine else { return false }
    return utf8.dropFirst(mine - theirs).elementsEqual(suffix.utf8)
  }

  /// Whether `needle` occurs in the string, code point by code point.
  func codePointsContain(_ needle: String) -> Bool {
    utf8ByteOffset(of: needle, from: 0) != nil
  }

  /// The UTF-8 offset of the first occurrence of `needle` at or after byte `start`.
  func utf8ByteOffset(of needle: String, from start: Int) -> Int? {
    // The bytes in place, where native strings have them, rather than copied into arrays.
    let inPlace = utf8.withContiguousStorageIfAvailable { haystack in
      needle.utf8.withContiguousStorageIfAvailable { Self.offset(of: $0, in: haystack, from: start) }
    }
    // Both in place: the search's answer, found or not.
    if let inPlace, let answer = inPlace { return answer }
    return Array(utf8).withUnsafeBufferPointer { haystack in
      Array(needle.utf8).withUnsafeBufferPointer { Self.offset(of: $0, in: haystack, from: start) }
    }
  }

  private static func offset(
    of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard pattern.count <= haystack.count - start else { return nil }
    guard let first = pattern.first else { return start }
    var position = start
    let last = haystack.count - pattern.count
    while position <= last {
      if haystack[position] == first,
        UnsafeBufferPointer(rebasing: haystack[position..<position + pattern.count]).elementsEqual(pattern)
      {
        return position
      }
      position += 1
    }
    return nil
  }
}

/// A string map key that hashes and compares by code point, unlike `String`.
struct CodePointString: Hashable, Sendable {
  let value: String

  init(_ value: String) { self.value = value }

  static func == (a: CodePointString, b: CodePointString) -> Bool { a.value.codePointsEqual(b.value) }

  func hash(into hasher: inout Hasher) {
    let hashed: Void? = value.utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }
    if hashed == nil { for byte in value.utf8 { hasher.combine(byte) } }
    hasher.combine(0xFF as UInt8)  // terminator, so that concatenations hash apart
  }
}

/// Byte-wise equality of two buffers of the same length.
private func memoryEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  guard let first = a.baseAddress, let second = b.baseAddress else { return true }  // both empty
  var i = 0
  while i + 8 <= a.count {
    let x = UnsafeRawPointer(first + i).loadUnaligned(as: UInt64.self)
    let y = UnsafeRawPointer(second + i).loadUnaligned(as: UInt64.self)
    if x != y { return false }
    i += 8
  }
  while i < a.count {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
