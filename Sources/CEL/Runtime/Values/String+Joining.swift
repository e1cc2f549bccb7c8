extension String {
  /// The strings that `values` hold, one after another with `separator` between them, copied
  /// into one new string (a value of another kind counts as an empty string), reserved at its
  /// full size first so that appending never regrows it.
  static func joining<Values: Collection<Value>>(stringsIn values: Values, separator: String = "") -> String {
    var count = separator.utf8.count * Swift.max(values.count - 1, 0)
    for case .string(let part) in values { count += part.utf8.count }
    var joined = ""
    joined.reserveCapacity(count)
    for (index, value) in values.enumerated() {
      if index > 0 { joined.append(separator) }
      if case .string(let part) = value { joined.append(part) }
    }
    return joined
  }
}
