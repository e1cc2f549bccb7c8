/// The bytes to read, checked against the size limit and stripped of a UTF-8 byte-order mark.
@usableFromInline
struct Input {
  /// The bytes after any byte-order mark; libyaml's marks count from here.
  @usableFromInline let bytes: [UInt8]
  /// Whether the first significant byte opens a JSON object or array, so the JSON fast path
  /// is worth trying.
  @usableFromInline let looksLikeJSON: Bool

  @usableFromInline
  init(_ raw: [UInt8], file: String, limits: Limits) throws(YAMLError) {
    guard raw.count <= limits.maxBytes else {
      throw .sizeLimit(raw.count, limit: limits.maxBytes, file: file)
    }
    // Only an input with a byte-order mark is copied.
    bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw[3...]) : raw
    let first = bytes.first { byte in
      byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n")
        && byte != UInt8(ascii: "\r")
    }
    looksLikeJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }
}
