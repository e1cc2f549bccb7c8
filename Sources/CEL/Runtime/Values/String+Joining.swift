extension String {
  /// The strings that `values` hold, one after another with `separator` between them, copied
  /// into one new string (a value of another kind counts as an empty string).
  ///
  /// The bytes are gathered in an array reserved at the full size and decoded once: appending to
  /// a `String` costs several times more per part than copying its UTF-8 bytes into an array.
  static func joining<Values: Collection<Value>>(stringsIn values: Values, separator: String = "") -> String {
    var count = separator.utf8.count * Swift.max(values.count - 1, 0)
    for case .string(let part) in values { count += part.utf8.count }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for (index, value) in values.enumerated() {
      if index > 0, !separator.isEmpty { bytes.append(contentsOf: separator.utf8) }
      if case .string(let part) = value { bytes.append(contentsOf: part.utf8) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
