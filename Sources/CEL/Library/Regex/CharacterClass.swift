/// A set of code points that one step of a pattern may consume: ranges and Unicode general
/// categories, possibly negated, possibly compared with simple case folding (`(?i)`).
struct CharacterClass: Equatable, Sendable {
  /// Sorted, non-overlapping, non-adjacent ranges of code point values.
  let ranges: [ClosedRange<UInt32>]
  /// Categories tested in addition to the ranges.
  let properties: [UnicodeProperty]
  /// Whether the class holds the code points that the ranges and properties do not.
  let isNegated: Bool
  /// Whether a code point also belongs when one of its case variants does.
  let foldsCase: Bool
  // Membership of code points 0–63 and 64–127, precomputed from the above: most text is ASCII.
  private var lowASCII: UInt64 = 0
  private var highASCII: UInt64 = 0

  /// The largest code point value.
  static let maxValue: UInt32 = 0x10FFFF

  /// A class of `ranges` (in any order, possibly overlapping) and `properties`.
  init(
    ranges: [ClosedRange<UInt32>], properties: [UnicodeProperty] = [], isNegated: Bool = false,
    foldsCase: Bool = false
  ) {
    self.ranges = Self.normalized(ranges)
    self.properties = properties
    self.isNegated = isNegated
    self.foldsCase = foldsCase
    for value in UInt32(0)..<128 {
      guard let scalar = Unicode.Scalar(value), containsSlowly(scalar) else { continue }
      if value < 64 { lowASCII |= 1 << UInt64(value) } else { highASCII |= 1 << UInt64(value - 64) }
    }
  }

  /// Whether `scalar` is in the class.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return lowASCII & (1 << UInt64(value)) != 0 }
    if value < 128 { return highASCII & (1 << UInt64(value - 64)) != 0 }
    return containsSlowly(scalar)
  }

  private func containsSlowly(_ scalar: Unicode.Scalar) -> Bool {
    var found = containsExactly(scalar)
    if !found && foldsCase {
      found = CaseFolding.variants(of: scalar).contains { containsExactly($0) }
    }
    return found != isNegated
  }

  private func containsExactly(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound < value {
        low = middle + 1
      } else if ranges[middle].lowerBound > value {
        high = middle
      } else {
        return true
      }
    }
    return properties.contains { $0.contains(scalar) }
  }

  /// `ranges` sorted, with overlapping and adjacent ranges merged.
  static func normalized(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
    var merged: [ClosedRange<UInt32>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// The code points not in `ranges`.
  static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
    var gaps: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in normalized(ranges) {
      if range.lowerBound > next { gaps.append(next...(range.lowerBound - 1)) }
      guard range.upperBound < maxValue else { return gaps }
      next = range.upperBound + 1
    }
    gaps.append(next...maxValue)
    return gaps
  }
}

/// A test of a code point's Unicode general category, as in `\pL` or `\P{Nd}`.
struct UnicodeProperty: Equatable, Sendable {
  /// The categories that pass (before negation).
  let categories: [Unicode.GeneralCategory]
  /// Whether the test passes for the other categories instead (`\P`, `\p{^…}`).
  let isNegated: Bool

  /// Whether `scalar` passes.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    categories.contains(scalar.properties.generalCategory) != isNegated
  }
}
