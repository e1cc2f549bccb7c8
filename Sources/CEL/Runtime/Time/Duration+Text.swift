extension Duration {
  /// Parses a duration as Go and CEL write it: an optional sign, then one or more decimal numbers
  /// each with a unit (`h`, `m`, `s`, `ms`, `us`, `µs`, `ns`), like `1h2m3.5s`, `-1.5s`, `100ms`;
  /// nil when malformed or out of range.
  public init?(text: String) {
    var scalars = Substring(text).unicodeScalars[...]
    var negative = false
    if let first = scalars.first, first == "-" || first == "+" {
      negative = first == "-"
      scalars = scalars.dropFirst()
    }
    if String(scalars) == "0" {
      self.init(nanoseconds: 0)
      return
    }
    guard !scalars.isEmpty else { return nil }
    var total: Int64 = 0
    while !scalars.isEmpty {
      guard let (nanos, rest) = Self.component(scalars) else { return nil }
      let (sum, overflow) = total.addingReportingOverflow(nanos)
      guard !overflow else { return nil }
      total = sum
      scalars = rest
    }
    self.init(nanoseconds: negative ? -total : total)
  }

  /// One `number unit` component, in nanoseconds, and what follows it.
  private static func component(
    _ input: Substring.UnicodeScalarView.SubSequence
  ) -> (Int64, Substring.UnicodeScalarView.SubSequence)? {
    var rest = input
    var whole: Int64 = 0
    var wholeDigits = 0
    while let digit = rest.first.flatMap(Self.digit) {
      let (scaled, overflow) = whole.multipliedReportingOverflow(by: 10)
      let (sum, sumOverflow) = scaled.addingReportingOverflow(digit)
      guard !overflow, !sumOverflow else { return nil }
      whole = sum
      wholeDigits += 1
      rest = rest.dropFirst()
    }
    var fraction: Int64 = 0
    var fractionScale: Int64 = 1
    var fractionDigits = 0
    if rest.first == "." {
      rest = rest.dropFirst()
      while let digit = rest.first.flatMap(Self.digit) {
        if fractionScale < 1_000_000_000_000_000 {  // further digits cannot matter at ns precision
          fraction = fraction * 10 + digit
          fractionScale *= 10
        }
        fractionDigits += 1
        rest = rest.dropFirst()
      }
    }
    guard wholeDigits + fractionDigits > 0 else { return nil }
    var unitText = ""
    while let scalar = rest.first, !(scalar == "." || Self.digit(scalar) != nil) {
      unitText.unicodeScalars.append(scalar)
      rest = rest.dropFirst()
    }
    guard let unit = Self.units[unitText] else { return nil }
    let (scaledWhole, overflow) = whole.multipliedReportingOverflow(by: unit)
    guard !overflow else { return nil }
    // fraction < fractionScale, so fraction * unit / fractionScale < unit: the quotient fits.
    let product = fraction.multipliedFullWidth(by: unit)
    let fractionNanos = fractionScale.dividingFullWidth((product.high, product.low)).quotient
    let (sum, overflow2) = scaledWhole.addingReportingOverflow(fractionNanos)
    guard !overflow2 else { return nil }
    return (sum, rest)
  }

  private static func digit(_ scalar: Unicode.Scalar) -> Int64? {
    ("0"..."9").contains(scalar) ? Int64(scalar.value - 48) : nil
  }

  private static let units: [String: Int64] = [
    "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000, "s": 1_000_000_000,
    "m": 60_000_000_000, "h": 3_600_000_000_000,
  ]

  /// The duration in seconds with the fewest fraction digits, like `1.5s`, `-0.25s`, `3600s`.
  public var text: String {
    let sign = nanoseconds < 0 ? "-" : ""
    let magnitude = nanoseconds.magnitude
    let whole = magnitude / 1_000_000_000
    let fraction = Int64(magnitude % 1_000_000_000)
    return sign + String(whole) + Timestamp.fractionDigits(fraction) + "s"
  }
}
