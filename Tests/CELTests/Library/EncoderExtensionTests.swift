import Testing

@testable import CEL

@Suite("Base64 of the encoders extension")
struct EncoderExtensionTests {
  @Test func encodesWithPaddingAndDecodesWithOrWithout() {
    let cases: [(String, String)] = [
      ("", ""), ("a", "YQ=="), ("ab", "YWI="), ("abc", "YWJj"), ("abcd", "YWJjZA=="),
    ]
    for (text, encoded) in cases {
      #expect(EncoderExtensionFunctions.encode(Array(text.utf8)) == encoded)
      #expect(EncoderExtensionFunctions.decode(encoded) == Array(text.utf8))
      #expect(EncoderExtensionFunctions.decode(String(encoded.prefix { $0 != "=" })) == Array(text.utf8))
    }
    let all = Array(0...255).map(UInt8.init)
    #expect(EncoderExtensionFunctions.decode(EncoderExtensionFunctions.encode(all)) == all)
  }

  @Test func rejectsWhatIsNotBase64() {
    for text in ["Y", "YQ=a", "YQ===", "Y Q", "YQ?=", "YWJjZ"] {
      #expect(EncoderExtensionFunctions.decode(text) == nil, "\(text)")
    }
  }
}
