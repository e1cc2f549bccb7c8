/// The mapping keys a builder expects (for instance the field names of a schema), made into
/// `String`s once so that the reader hands a key that is one of them its ready-made text instead
/// of making a new one from libyaml's bytes.
///
/// Build it once and keep it (it is immutable and `Sendable`); a builder offers it through
/// `YAMLTreeBuilder.keyTexts`. A key is found by its FNV-1a hash (see `MappingEntries.keyHashes`)
/// and then compared byte for byte, so a key that only shares a hash with a listed text is made
/// as usual. libyaml's plain and quoted keys without a tag or an anchor use it; the JSON fast
/// path and other keys make their texts as before.
public struct KeyTexts: Sendable {
  /// One listed text: its hash, where its UTF-8 sits in `bytes`, and whether it reads as a
  /// string when plain (a plain `true` or `1` does not, so it cannot skip resolution).
  @usableFromInline
  struct Slot: Sendable {
    @usableFromInline var hash: UInt64
    @usableFromInline var start: Int
    @usableFromInline var count: Int
    @usableFromInline var text: String
    @usableFromInline var isPlainString: Bool
  }

  /// Open addressing over a power-of-two table at most half full; an empty slot has `count` 0.
  @usableFromInline let slots: [Slot]
  /// The UTF-8 of every listed text, one after another.
  @usableFromInline let bytes: [UInt8]

  /// A table of `texts`; the empty text and repeats (by `String` equality, so of two canonically
  /// equivalent spellings only the first is found) are left out.
  public init(_ texts: some Sequence<String>) {
    var distinct: [String] = []
    var seen: Set<String> = []
    for text in texts where !text.utf8.isEmpty && seen.insert(text).inserted { distinct.append(text) }
    var capacity = 4
    while capacity < 2 * distinct.count { capacity *= 2 }
    var slots = [Slot](
      repeating: Slot(hash: 0, start: 0, count: 0, text: "", isPlainString: false), count: capacity)
    var bytes: [UInt8] = []
    for text in distinct {
      let utf8 = Array(text.utf8)
      let hash = utf8.withUnsafeBufferPointer(Scalar.fnv1a)
      let isPlainString = utf8.withUnsafeBufferPointer { CoreSchema.resolve(plain: $0) == .string }
      var index = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[index].count != 0 { index = (index + 1) & (capacity - 1) }
      slots[index] = Slot(
        hash: hash, start: bytes.count, count: utf8.count, text: text, isPlainString: isPlainString)
      bytes += utf8
    }
    self.slots = slots
    self.bytes = bytes
  }

  /// The listed text whose UTF-8 is `key`, given `hash`, its FNV-1a hash; `nil` when there is
  /// none, or when `isPlain` and the text does not read as a string when plain.
  @inlinable
  func text(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, isPlain: Bool) -> String? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = Int(truncatingIfNeeded: hash) & mask
      while slots[index].count != 0 {
        if slots[index].hash == hash && slots[index].count == key.count && matches(key, slots[index].start) {
          return isPlain && !slots[index].isPlainString ? nil : slots[index].text
        }
        index = (index + 1) & mask
      }
      return nil
    }
  }

  /// Whether `key` equals the listed bytes from `start` on (as many as `key` has), compared a
  /// word at a time: a byte loop cost more than the `String` it saves.
  @inlinable
  func matches(_ key: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      guard let lhs = key.baseAddress, let base = bytes.baseAddress else { return key.isEmpty }
      return Self.equal(UnsafeRawPointer(lhs), UnsafeRawPointer(base + start), count: key.count)
    }
  }

  /// Whether the `count` bytes at `lhs` and `rhs` are equal; the last word may overlap the one
  /// before it, so no byte outside either range is read.
  @inlinable
  static func equal(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, count: Int) -> Bool {
    if count >= 8 {
      var offset = 0
      while offset < count - 8 {
        guard
          lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            == rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        else { return false }
        offset += 8
      }
      return lhs.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        == rhs.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    if count >= 4 {
      return lhs.loadUnaligned(as: UInt32.self) == rhs.loadUnaligned(as: UInt32.self)
        && lhs.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == rhs.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    for offset in 0..<count
    where lhs.load(fromByteOffset: offset, as: UInt8.self) != rhs.load(fromByteOffset: offset, as: UInt8.self)
    {
      return false
    }
    return true
  }
}
