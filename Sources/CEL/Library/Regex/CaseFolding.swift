/// Simple (one code point to one code point) case folding for `(?i)`, from the scalar's own
/// case mappings, as RE2 folds each code point on its own.
enum CaseFolding {
  /// The other case forms of `scalar`: its lowercase, uppercase and titlecase mappings when
  /// they are single code points, those forms' mappings in turn, and the few letters whose
  /// case orbit the mappings do not reach from the common form (Kelvin sign, long s, Ångström).
  static func variants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var found: [Unicode.Scalar] = []
    func add(_ candidate: Unicode.Scalar) {
      if candidate != scalar && !found.contains(candidate) { found.append(candidate) }
    }
    let value = scalar.value
    if value < 128 {
      if let other = asciiOtherCase(value) { add(other) }
    } else {
      for mapped in mappings(of: scalar) {
        add(mapped)
        for again in mappings(of: mapped) { add(again) }
      }
    }
    for orbit in orbits where orbit.contains(scalar) { orbit.forEach(add) }
    return found
  }

  private static let orbits: [[Unicode.Scalar]] = [
    ["K", "k", "\u{212A}"], ["S", "s", "\u{17F}"], ["\u{C5}", "\u{E5}", "\u{212B}"],
  ]

  private static func asciiOtherCase(_ value: UInt32) -> Unicode.Scalar? {
    switch value {
    case 0x41...0x5A, 0x61...0x7A: Unicode.Scalar(value ^ 0x20)
    default: nil
    }
  }

  private static func mappings(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let properties = scalar.properties
    return [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
      .compactMap { mapping in
        let scalars = mapping.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
      }
  }
}
