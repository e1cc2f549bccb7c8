/// Accumulates a literal's value: scalars for a string, UTF-8 and raw octets for bytes.
struct LiteralBuilder {
  let isBytes: Bool
  private(set) var bytes: [UInt8] = []
  private var scalars = String.UnicodeScalarView()

  init(isBytes: Bool) {
    self.isBytes = isBytes
  }

  /// The accumulated string.
  var string: String { String(scalars) }

  /// Appends a character: its UTF-8 encoding in bytes literals.
  mutating func append(_ scalar: Unicode.Scalar) {
    if isBytes {
      UTF8.encode(scalar) { bytes.append($0) }
    } else {
      scalars.append(scalar)
    }
  }

  /// Appends a `\x` or octal escape: one byte in bytes literals, the code point U+0000–U+00FF in strings.
  mutating func appendOctet(_ value: UInt8) {
    if isBytes {
      bytes.append(value)
    } else {
      scalars.append(Unicode.Scalar(value))
    }
  }
}
