import CEL

/// A finding's identity from one run to the next: a hash of its contract, its rule and the places in
/// the snapshot it is about, so that the same problem keeps its fingerprint when the snapshot file is
/// renamed or other findings come and go. A baseline file (`--baseline`) lists findings by it, and
/// SARIF's `partialFingerprints["closeoutFinding/v2"]` is it (v1 did not hash places).
public struct FindingFingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The hash as 16 lower-case hexadecimal digits, as files and reports write it.
  public let description: String

  /// The fingerprint of a finding of `rule` on `contract` (the contract's id, or the snapshot's file
  /// when it has none) about the places `locations` (keys such as `tasks[2]`, in the finding's order;
  /// none for a finding about the snapshot as a whole).
  public init(contract: String, rule: String, locations: [String] = []) {
    description = Self.hash([contract, rule] + locations)
  }

  /// The fingerprint of `finding` on `contract`, about its places by their paths (and words): not
  /// by line numbers, which move when the snapshot is edited above them.
  public init(_ finding: Finding, contract: String) {
    self.init(
      contract: contract, rule: finding.rule,
      locations: finding.locations.map { place in place.path + (place.word.map { ": " + $0 } ?? "") })
  }

  /// A fingerprint as written, or nil when `text` is not 16 lower-case hexadecimal digits.
  public init?(_ text: String) {
    guard text.utf8.count == 16, text.utf8.allSatisfy(\.isLowerHexDigit) else { return nil }
    description = text
  }

  /// The FNV-1a hash of `parts` as 16 hexadecimal digits, each part prefixed by its length so that no
  /// two lists of parts run together into the same text.
  static func hash(_ parts: [String]) -> String {
    let text = parts.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    let hex = String(FNV1a.hash(of: text), radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Orders by the hexadecimal text, so that lists of fingerprints sort the same everywhere.
  public static func < (a: FindingFingerprint, b: FindingFingerprint) -> Bool {
    a.description < b.description
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII digit or a lower-case letter from `a` to `f`.
  fileprivate var isLowerHexDigit: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
  }
}
