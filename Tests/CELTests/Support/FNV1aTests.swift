import CEL
import Testing

@Suite struct FNV1aTests {
  /// Published FNV-1a 64-bit test vectors: the empty input is the offset basis.
  @Test(arguments: [
    ("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
  ])
  func knownHashes(text: String, expected: UInt64) {
    #expect(FNV1a.hash(of: text) == expected)
    #expect(FNV1a.hash(of: Array(text.utf8)) == expected)
  }

  /// Mixing byte by byte gives the hash of the whole, so a scanner may hash as it reads.
  @Test func mixingIsIncremental() {
    let text = "título"
    let hash = text.utf8.reduce(FNV1a.seed, FNV1a.mixing)
    #expect(hash == FNV1a.hash(of: text))
    #expect(FNV1a.hash(of: "ab") != FNV1a.hash(of: "ba"))
  }
}
