import Testing

@testable import CEL

/// `Unicode.Scalar.isWhiteSpace` answers ASCII without the property tables, and every scalar as
/// the tables do.
@Suite struct WhiteSpaceTests {
  @Test func agreesWithUnicodesWhiteSpaceProperty() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
    #expect(Unicode.Scalar(0xFEFF)!.isWhiteSpace == false)
  }
}
