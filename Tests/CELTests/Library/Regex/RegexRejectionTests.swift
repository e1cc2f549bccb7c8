import Testing

@testable import CEL

/// Everything RE2 rejects is an error naming the pattern and the reason, never a pattern
/// read some other way.
@Suite("Regex rejection")
struct RegexRejectionTests {
  static let cases: [(String, String)] = [
    ("(?=a)", "lookahead is not supported (RE2 syntax): (?="),
    ("a(?!b)", "lookahead is not supported (RE2 syntax): (?!"),
    ("(?<=a)b", "lookbehind is not supported (RE2 syntax): (?<="),
    ("(?<!a)b", "lookbehind is not supported (RE2 syntax): (?<!"),
    ("(a)\\1", "a backreference is not supported (RE2 syntax): \\1"),
    ("(?P<x>a)(?P=x)", "a backreference is not supported (RE2 syntax): (?P="),
    ("(?<x>a)\\k<x>", "a backreference is not supported (RE2 syntax): \\k"),
    ("a*+", "a possessive quantifier is not supported (RE2 syntax): *+"),
    ("a{2}+", "a possessive quantifier is not supported (RE2 syntax): {2}+"),
    ("(?>a)", "an atomic group is not supported (RE2 syntax): (?>"),
    ("a\\Z", "\\Z (use \\z) is not supported (RE2 syntax): \\Z"),
    ("(?#note)", "a comment group is not supported (RE2 syntax): (?#"),
    ("(?(1)a)", "a conditional group is not supported (RE2 syntax): (?("),
    ("(?R)", "recursion is not supported (RE2 syntax): (?R"),
    ("\\u0041", "invalid escape sequence: \\u (RE2 syntax writes a code point as \\x{263a})"),
    ("\\q", "invalid escape sequence: \\q"),
    ("\\é", "invalid escape sequence: \\é"),
    ("\\x4", "invalid escape sequence: \\x4"),
    ("\\x{110000}", "invalid escape sequence: \\x{110000}"),
    ("\\x{12", "invalid escape sequence: \\x{12"),
    ("\\C", "invalid escape sequence: \\C"),
    ("a\\", "trailing \\"),
    ("(a", "missing )"),
    ("(?i", "missing )"),
    ("a)", "unexpected )"),
    ("[a", "missing ]: [a"),
    ("[]", "missing ]: []"),
    ("[z-a]", "invalid character class range: z-a"),
    ("[[:foo:]]", "invalid character class: [:foo:]"),
    ("\\p{Foo}", "invalid character class: \\p{Foo}"),
    ("\\p{L", "invalid character class: \\p{L"),
    ("*a", "missing argument to repetition operator: *"),
    ("a|*", "missing argument to repetition operator: *"),
    ("(*)", "missing argument to repetition operator: *"),
    ("{1}x", "missing argument to repetition operator: {1}"),
    ("(?i)+", "missing argument to repetition operator: +"),
    ("a**", "bad repetition operator: **"),
    ("a*?*", "bad repetition operator: *?*"),
    ("a{2}{3}", "bad repetition operator: {2}{3}"),
    ("a{1001}", "invalid repetition size: {1001} (counts are at most 1000)"),
    ("a{2,1}", "invalid repetition size: {2,1} (counts are at most 1000)"),
    ("a{99999999999}", "invalid repetition size: {99999999999} (counts are at most 1000)"),
    ("(?x)a", "invalid or unsupported Perl syntax: (?x"),
    ("(?)", "invalid or unsupported Perl syntax: (?)"),
    ("(?i-)a", "invalid or unsupported Perl syntax: (?i-)"),
    ("(?--i)a", "invalid or unsupported Perl syntax: (?--"),
    ("(?P<>a)", "invalid named capture group: (?P<>"),
    ("(?P<a-b>a)", "invalid named capture group: (?P<a-b>"),
    ("(?P<name", "invalid named capture group: (?P<name"),
    ("(?P<x>a)(?P<x>b)", "duplicate capture group name: x"),
    (
      String(repeating: "(", count: 201) + String(repeating: ")", count: 201),
      "groups are nested more than 200 deep"
    ),
    ("((a{100}){100}){100}", "pattern too large: its program exceeds 10000 instructions"),
    (
      "[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}",
      "pattern too large: its program exceeds 10000 instructions"
    ),
  ]

  @Test(arguments: cases)
  func rejects(_ pattern: String, _ reason: String) {
    #expect(throws: EvalError("invalid regular expression '\(pattern)': \(reason)")) {
      try RegexPattern(pattern)
    }
  }

  /// The deepest nesting allowed compiles and matches (the parser and compiler do not run out
  /// of stack on it).
  @Test func nestingAtTheLimitIsAccepted() throws {
    let depth = RegexLimits.nesting
    let pattern = String(repeating: "(", count: depth) + "a" + String(repeating: ")*", count: depth)
    #expect(try RegexPattern(pattern).search("aaa"))
  }
}
