/// The encoders extension (cel-go's `ext.Encoders`): `base64.encode(bytes)` gives the standard
/// alphabet with padding; `base64.decode(string)` reads it with or without the padding, and text
/// that is not base64 is an error.
enum EncoderExtensionFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        "base64.encode", isPure: true,
        [
          Overload("base64_encode_bytes", .bytes, .string) { (value: Value) throws(EvalError) in
            guard case .bytes(let bytes) = value else {
              throw EvalError.noSuchOverload("base64.encode", value)
            }
            return .string(encode(bytes))
          }
        ]),
      FunctionDecl(
        "base64.decode", isPure: true,
        [
          Overload("base64_decode_string", .string, .bytes) { (value: Value) throws(EvalError) in
            let text = try value.asString("base64.decode")
            guard let bytes = decode(text) else {
              throw EvalError("base64.decode(): '\(text.prefix(40))' is not base64")
            }
            return .bytes(bytes)
          }
        ]),
    ]
  }

  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// `bytes` in base64, padded with `=` to a multiple of four characters.
  static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let count = min(3, bytes.count - index)
      var group: UInt32 = 0
      for offset in 0..<3 { group = group << 8 | UInt32(offset < count ? bytes[index + offset] : 0) }
      for position in 0..<4 {
        let sextet = Int(group >> UInt32(18 - 6 * position) & 0x3F)
        output.append(position <= count ? alphabet[sextet] : UInt8(ascii: "="))
      }
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes of base64 `text`, with or without its padding; nil when it is not base64.
  static func decode(_ text: String) -> [UInt8]? {
    var sextets: [UInt8] = []
    var padding = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "=") {
        padding += 1
        continue
      }
      guard padding == 0, let value = alphabet.firstIndex(of: byte) else { return nil }
      sextets.append(UInt8(value))
    }
    // A last group of one character cannot hold a byte; padding, if any, completes the group.
    guard sextets.count % 4 != 1, padding == 0 || (sextets.count + padding) % 4 == 0, padding <= 2 else {
      return nil
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(sextets.count * 3 / 4)
    var index = 0
    while index < sextets.count {
      let count = min(4, sextets.count - index)
      var group: UInt32 = 0
      for offset in 0..<4 { group = group << 6 | UInt32(offset < count ? sextets[index + offset] : 0) }
      for position in 0..<(count - 1) {
        bytes.append(UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * position)))
      }
      index += 4
    }
    return bytes
  }
}
