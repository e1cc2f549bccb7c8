/// Finds the run of equal hashes in a sorted list of word hashes: which phrases end in a scanned
/// word. The hashes are FNV already, so their top bits pick a slot without hashing them again (as
/// a `Dictionary` would); open addressing with linear probing, at most a quarter full, so a word
/// that ends no phrase, the usual case, mostly costs one probe.
struct WordHashTable: Sendable {
  /// A distinct hash and where its run is in the list; empty (`start == end`) where there is none.
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var start = 0
    var end = 0
  }

  private let slots: [Slot]
  /// `slots.count - 1`: the slot after the last is the first.
  private let mask: Int
  /// How far a hash shifts right to leave the bits of a slot number.
  private let shift: UInt64

  /// A table for `hashes`, which are sorted so that equal ones are adjacent.
  init(sortedHashes hashes: [UInt64]) {
    var distinct = 0
    for (index, hash) in hashes.enumerated() where index == 0 || hashes[index - 1] != hash { distinct += 1 }
    var bits: UInt64 = 3
    while 1 << bits < distinct * 4 { bits += 1 }
    var slots = [Slot](repeating: Slot(), count: 1 << bits)
    mask = slots.count - 1
    shift = 64 - bits
    var start = 0
    while start < hashes.count {
      var end = start + 1
      while end < hashes.count, hashes[end] == hashes[start] { end += 1 }
      var slot = Int(truncatingIfNeeded: hashes[start] >> shift)
      while slots[slot].start != slots[slot].end { slot = (slot + 1) & mask }
      slots[slot] = Slot(hash: hashes[start], start: start, end: end)
      start = end
    }
    self.slots = slots
  }

  /// The positions in the list that hold `hash`, or nil when none does.
  @inline(__always) func positions(of hash: UInt64) -> Range<Int>? {
    // A masking shift: `shift` is below 64, which a plain shift would check on every call.
    var slot = Int(truncatingIfNeeded: hash &>> shift)
    while true {
      let entry = slots[slot]
      if entry.start == entry.end { return nil }
      if entry.hash == hash { return entry.start..<entry.end }
      slot = (slot + 1) & mask
    }
  }

  /// The first of `words` from position `start` on whose hash the table holds, with the
  /// positions that hold it; nil when none does. A loop of its own, so that passing over the
  /// words that end no phrase, most of them, keeps to a few registers.
  @inline(never)
  func firstWord(in words: [ScannedWord], from start: Int) -> (position: Int, positions: Range<Int>)? {
    var position = start
    while position < words.count {
      if let positions = positions(of: words[position].hash) { return (position, positions) }
      position += 1
    }
    return nil
  }
}
