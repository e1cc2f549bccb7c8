// CEL compares and searches strings by code point. Swift's `==`, `hasPrefix` and `contains`
// work on canonically equivalent characters instead ('é' as one scalar equals 'e' + U+0301),
// so the runtime goes through these helpers, which compare UTF-8 bytes.

extension String {
  /// Whether the two strings have the same code points (no Unicode normalisation), which is
  /// whether they have the same UTF-8 bytes. Two strings that share their storage (one text
  /// passed on from rule to rule) are not compared at all, and two long ASCII ones are compared by
  /// Swift's `==` (`memcmp`; see `codePointsEqual(ascii:)`) rather than byte by byte.
  public func codePointsEqual(_ other: String) -> Bool {
    let bytes = other.utf8.span
    let mine = utf8.span
    guard mine.count == bytes.count else { return false }
    if mine.count > 16 {
      if mine.isIdentical(to: bytes) { return true }
      if utf8Span.isKnownASCII && other.utf8Span.isKnownASCII { return self == other }
    }
    for position in mine.indices where mine[position] != bytes[position] { return false }
    return true
  }

  /// Whether the string has the code points of `ascii`, a string of ASCII characters only: the
  /// same number of UTF-8 bytes, then Swift's `==`, which compares two such strings without
  /// looking at their bytes one by one (small ones as two words, others with `memcmp`).
  ///
  /// `==` compares canonical equivalents, but for an ASCII string with as many bytes that is
  /// code point equality: a code point above ASCII takes two bytes or more and is canonically
  /// equivalent to at most one ASCII character (U+212A KELVIN SIGN to K), never to more, so a
  /// string with one is either longer or not equivalent.
  @inlinable
  func codePointsEqual(ascii: String) -> Bool {
    utf8.count == ascii.utf8.count && self == ascii
  }

  /// Whether the string has the code points of `other`, whose ASCII-ness is known in advance (a
  /// field name, a constant): by `codePointsEqual(ascii:)` when `otherIsASCII`.
  func codePointsEqual(_ other: String, otherIsASCII: Bool) -> Bool {
    otherIsASCII ? codePointsEqual(ascii: other) : codePointsEqual(other)
  }

  /// Whether every character of the string is ASCII.
  var isASCII: Bool {
    utf8.allSatisfy { $0 < 0x80 }
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
    let haystack = utf8.span
    let pattern = needle.utf8.span
    guard start >= 0, pattern.count <= haystack.count - start else { return nil }
    guard !pattern.isEmpty else { return start }
    let first = pattern[0]
    var position = start
    while position <= haystack.count - pattern.count {
      if haystack[position] == first, Self.matches(pattern, in: haystack, at: position) { return position }
      position += 1
    }
    return nil
  }

  /// Whether `haystack` holds `pattern` from `position`, which leaves room for all of it.
  private static func matches(_ pattern: Span<UInt8>, in haystack: Span<UInt8>, at position: Int) -> Bool {
    for offset in pattern.indices where haystack[position + offset] != pattern[offset] { return false }
    return true
  }
}

/// A string map key that hashes and compares by code point, unlike `String`.
struct CodePointString: Hashable, Sendable {
  let value: String

  init(_ value: String) { self.value = value }

  static func == (a: CodePointString, b: CodePointString) -> Bool { a.value.codePointsEqual(b.value) }

  /// The key's `FieldName` hash: over the same UTF-8 bytes that equality compares.
  func hash(into hasher: inout Hasher) {
    hasher.combine(FieldName.hash(of: value))
  }
}
