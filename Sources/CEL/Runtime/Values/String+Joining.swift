extension String {
  /// The strings that `values` hold, one after another with `separator` between them, copied
  /// into one new string (a value of another kind counts as an empty string): appending them one
  /// by one, or gathering them to call `joined`, costs far more per string.
  static func joining<Values: Collection<Value>>(stringsIn values: Values, separator: String = "") -> String {
    var count = separator.utf8.count * Swift.max(values.count - 1, 0)
    for case .string(let part) in values { count += part.utf8.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var end = 0
      for (index, value) in values.enumerated() {
        if index > 0, !separator.isEmpty { end += append(separator, to: buffer, at: end) }
        if case .string(let part) = value { end += append(part, to: buffer, at: end) }
      }
      return end
    }
  }

  /// Copies the UTF-8 bytes of `part` into `buffer` from `offset`; returns how many.
  private static func append(_ part: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
    -> Int
  {
    UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: part.utf8).1
  }
}
