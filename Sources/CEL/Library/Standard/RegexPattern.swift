/// A compiled regular expression for `matches`, which finds a match anywhere in the string
/// (RE2's partial match), treating the string as code points as RE2 does.
struct RegexPattern: @unchecked Sendable {
  // `Regex` is immutable once built and safe to use from several threads; the unchecked
  // conformance only covers its untyped output, which is never exposed.
  private let regex: Regex<AnyRegexOutput>

  /// Compiles `source`; an invalid pattern is an error.
  init(_ source: String) throws(EvalError) {
    do {
      regex = try Regex(source).matchingSemantics(.unicodeScalar)
    } catch {
      throw EvalError("invalid regular expression '\(source)': \(error)")
    }
    // Matching once compiles the pattern's program now, before the value is shared by threads.
    _ = search("")
  }

  /// Whether the pattern matches some part of `text`.
  func search(_ text: String) -> Bool {
    ((try? regex.firstMatch(in: text)) ?? nil) != nil
  }
}
