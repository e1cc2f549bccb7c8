import Testing

@testable import CEL

/// `string(double)` writes values with a few decimals straight from the integer they scale to:
/// the text must be exactly what the shortest round-trip digits give.
@Suite("Double text")
struct DoubleTextTests {
  /// Values at the edges of the shortcut (four decimals, just under a million, the smallest
  /// magnitudes) and past them, where the digits are found the general way.
  static let values: [Double] = [
    6.5, -6.5, 0.5, 0.05, -0.05, 0.0001, 0.00015, 0.00005, 12.25, 1.1, 2.675, 999_999.9999,
    999_999.99999, 123_456.7, 0.1 + 0.2, 1.0 / 3.0, 0.3, 4.35, 1e6 + 0.5, 1.5e-5, 9.9999, 9.99999,
  ]

  @Test(arguments: values)
  func matchesTheShortestDigits(_ value: Double) {
    #expect(DoubleText.general(value) == DoubleText.generalFromShortestDigits(value))
  }

  @Test func matchesTheShortestDigitsForManyValues() {
    // A fixed sequence (SplitMix64), so that a failure repeats.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    for _ in 0..<20_000 {
      let decimals = Int(next() % 7)
      let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
      let whole = Double(Int64(next() % 3_000_000_000) - 1_500_000_000)
      let any = (Double(next() >> 11) / Double(1 << 53) - 0.5) * 4e6
      for value in [whole / scale, any] {
        #expect(DoubleText.general(value) == DoubleText.generalFromShortestDigits(value), "\(value)")
      }
    }
  }
}
