import Testing

@testable import CloseoutKit

@Suite struct WordHashTableTests {
  /// Hashes whose top bits agree share a slot; the last slot's neighbour is the first.
  @Test(arguments: [
    [0x1, 0x2, 0x2, 0x3] as [UInt64],
    [0xF000_0000_0000_0001, 0xF000_0000_0000_0002, 0xF000_0000_0000_0003],
    [0x0, 0x1, 0xF000_0000_0000_0000, 0xF000_0000_0000_0001, 0xFFFF_FFFF_FFFF_FFFF],
    (0..<100).map { UInt64($0) },  // all in the first slot
    (0..<100).map { UInt64($0) << 56 | 7 },
  ])
  func findsEachRunOfEqualHashes(hashes: [UInt64]) {
    let table = WordHashTable(sortedHashes: hashes)
    for hash in Set(hashes) {
      let first = hashes.firstIndex(of: hash)!
      let end = hashes.lastIndex(of: hash)! + 1
      #expect(table.positions(of: hash) == first..<end)
    }
  }

  @Test func findsNothingForOtherHashes() {
    let table = WordHashTable(sortedHashes: [0x1, 0x2, 0xF000_0000_0000_0001])
    for hash: UInt64 in [0x0, 0x3, 0xF000_0000_0000_0000, 0x1_0000_0000, 0x8000_0000_0000_0000] {
      #expect(table.positions(of: hash) == nil)
    }
    #expect(WordHashTable(sortedHashes: []).positions(of: 0) == nil)
  }

  /// From a position on, the first word whose hash the table holds, with that hash's run.
  @Test func findsTheFirstWordWhoseHashItHolds() {
    let table = WordHashTable(sortedHashes: [0x2, 0x2, 0xF000_0000_0000_0001])
    let words = [0x1, 0x2, 0x3, 0xF000_0000_0000_0001, 0x2].map {
      ScannedWord(start: 0, end: 1, hash: $0, unicode: false)
    }
    #expect(table.firstWord(in: words, from: 0)?.position == 1)
    #expect(table.firstWord(in: words, from: 0)?.positions == 0..<2)
    #expect(table.firstWord(in: words, from: 2)?.position == 3)
    #expect(table.firstWord(in: words, from: 2)?.positions == 2..<3)
    #expect(table.firstWord(in: words, from: 4)?.position == 4)
    #expect(table.firstWord(in: words, from: 5) == nil)
    #expect(table.firstWord(in: [], from: 0) == nil)
  }
}
