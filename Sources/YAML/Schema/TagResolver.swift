/// Explicit tags: which ones Closeout honours and what they do to a node.
///
/// Scalars accept `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` and the non-specific `!` (a
/// string); sequences accept `!!seq` and `!`, mappings `!!map` and `!`. Any other tag is an
/// error rather than silently ignored, since nothing downstream would know what it means.
enum TagResolver {
  /// The prefix libyaml expands `!!` to.
  static let corePrefix = "tag:yaml.org,2002:"

  /// What an explicit tag makes of a scalar.
  enum Outcome {
    /// The tag applies and gives this value.
    case value(Scalar.Value)
    /// The tag is known but the text is not a valid value for it.
    case invalid
    /// The tag is not one Closeout supports on a scalar.
    case unsupported
  }

  /// Resolves a scalar's UTF-8 text under an explicit tag (in full form).
  static func resolve(_ bytes: Span<UInt8>, tag: String) -> Outcome {
    guard tag != "!" else { return .value(.string) }
    guard tag.hasPrefix(corePrefix) else { return .unsupported }
    switch tag.dropFirst(corePrefix.count) {
    case "str":
      return .value(.string)
    case "null":
      return CoreSchema.isNull(bytes) ? .value(.null) : .invalid
    case "bool":
      return CoreSchema.bool(bytes).map { .value(.bool($0)) } ?? .invalid
    case "int":
      if case .int(let number) = CoreSchema.number(bytes) { return .value(.int(number)) }
      return .invalid
    case "float":
      if CoreSchema.isNaN(bytes) { return .value(.double(.nan)) }
      switch CoreSchema.number(bytes) {
      case .int(let number): return .value(.double(Double(number)))
      case .bigInt(let number), .float(let number): return .value(.double(number))
      case nil: return .invalid
      }
    default:
      return .unsupported
    }
  }

  /// Whether a collection may carry `tag`.
  static func allows(collectionTag tag: String, isMapping: Bool) -> Bool {
    tag == "!" || tag == corePrefix + (isMapping ? "map" : "seq")
  }

  /// `!!str` for `tag:yaml.org,2002:str`; other tags unchanged.
  static func shortForm(_ tag: String) -> String {
    tag.hasPrefix(corePrefix) ? "!!" + tag.dropFirst(corePrefix.count) : tag
  }
}
