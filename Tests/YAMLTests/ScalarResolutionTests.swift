import Testing

@testable import YAML

/// YAML 1.2 core-schema resolution of plain scalars, explicit tags, and quoted styles.
@Suite struct ScalarResolutionTests {
  static let plainTable: [(String, ResolvedScalar)] = [
    // null
    ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
    ("nULL", .string("nULL")), ("nil", .string("nil")), ("None", .string("None")),
    // bool: only true/false in three spellings
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
    ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
    ("tRUE", .string("tRUE")), ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")),
    ("off", .string("off")), ("Yes", .string("Yes")), ("y", .string("y")), ("n", .string("n")),
    // decimal, octal, hexadecimal integers
    ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+12", .int(12)), ("-0", .int(0)),
    ("007", .int(7)), ("0777", .int(777)), ("0o17", .int(15)), ("0o0", .int(0)), ("0x1F", .int(31)),
    ("0xff", .int(255)), ("0x0", .int(0)),
    ("0o8", .string("0o8")), ("0x", .string("0x")), ("0o", .string("0o")), ("0xG", .string("0xG")),
    ("0X1F", .string("0X1F")), ("-0x1F", .string("-0x1F")), ("0b101", .string("0b101")),
    ("1_000", .string("1_000")), ("1,000", .string("1,000")), ("12:30", .string("12:30")),
    // the Int64 edges, and beyond them doubles
    ("9223372036854775807", .int(Int64.max)), ("-9223372036854775808", .int(Int64.min)),
    ("9223372036854775808", .double(9_223_372_036_854_775_808)),
    ("-9223372036854775809", .double(-9_223_372_036_854_775_808)),
    ("12345678901234567890", .double(12_345_678_901_234_567_168)),
    ("0x7FFFFFFFFFFFFFFF", .int(Int64.max)), ("0x8000000000000000", .double(9_223_372_036_854_775_808)),
    ("0o777777777777777777777", .int(Int64.max)),
    ("0o1000000000000000000000", .double(9_223_372_036_854_775_808)),
    // floats
    ("1.5", .double(1.5)), ("-2.25", .double(-2.25)), ("+0.5", .double(0.5)), (".5", .double(0.5)),
    ("5.", .double(5)), ("1e3", .double(1000)), ("1E3", .double(1000)), ("1.5e-3", .double(0.0015)),
    ("-1.e+2", .double(-100)), ("1e400", .double(.infinity)), ("-0.0", .double(-0.0)),
    (".inf", .double(.infinity)), (".Inf", .double(.infinity)), (".INF", .double(.infinity)),
    ("+.inf", .double(.infinity)), ("-.inf", .double(-.infinity)), ("-.Inf", .double(-.infinity)),
    (".iNF", .string(".iNF")), ("inf", .string("inf")), ("infinity", .string("infinity")),
    (".", .string(".")), ("-a", .string("-a")), ("+", .string("+")), ("1e", .string("1e")),
    ("e3", .string("e3")), (".e3", .string(".e3")), ("1.2.3", .string("1.2.3")), ("0x1p3", .string("0x1p3")),
    // timestamps and other lookalikes stay strings
    ("2024-01-15", .string("2024-01-15")), ("2024-01-15T10:30:00Z", .string("2024-01-15T10:30:00Z")),
    ("2001-12-14 21:59:43.10 -5", .string("2001-12-14 21:59:43.10 -5")), ("1.0.0", .string("1.0.0")),
    ("<<", .string("<<")), ("=", .string("=")), ("hello world", .string("hello world")),
  ]

  @Test(arguments: plainTable)
  func plainScalarResolves(text: String, expected: ResolvedScalar) throws {
    let node = try parse("value: \(text)\n")
    #expect(node["value"]?.resolved == expected, "plain scalar \(text)")
    #expect(node["value"]?.scalar?.text == text)
    #expect(node["value"]?.scalar?.style == .plain)
  }

  @Test(arguments: [".nan", ".NaN", ".NAN"])
  func nanResolves(text: String) throws {
    let node = try parse("value: \(text)")
    guard case .double(let value) = node["value"]?.resolved else {
      Issue.record("\(text) did not resolve to a double")
      return
    }
    #expect(value.isNaN)
  }

  @Test(arguments: ["-.nan", "+.nan", ".nAn"])
  func signedOrMisspelledNaNIsAString(text: String) throws {
    #expect(try parse("value: \(text)")["value"]?.resolved == .string(text))
  }

  @Test(arguments: [
    ("'true'", Scalar.Style.singleQuoted, "true"), ("\"42\"", .doubleQuoted, "42"),
    ("'~'", .singleQuoted, "~"),
    ("\"null\"", .doubleQuoted, "null"), ("''", .singleQuoted, ""), ("\"\"", .doubleQuoted, ""),
    ("|\n  12\n", .literal, "12\n"), (">\n  true\n", .folded, "true\n"),
  ])
  func nonPlainScalarsAreStrings(source: String, style: Scalar.Style, text: String) throws {
    let value = try #require(try parse("value: \(source)")["value"])
    #expect(value.resolved == .string(text))
    #expect(value.scalar?.style == style)
  }

  static let taggedTable: [(String, ResolvedScalar)] = [
    ("!!str 123", .string("123")), ("!!str true", .string("true")), ("!!str", .string("")),
    ("! 12", .string("12")), ("!!int \"42\"", .int(42)), ("!!int 0x10", .int(16)), ("!!int -7", .int(-7)),
    ("!!float 1", .double(1)), ("!!float '2.5'", .double(2.5)), ("!!float .inf", .double(.infinity)),
    ("!!float 12345678901234567890", .double(12_345_678_901_234_567_168)),
    ("!!bool 'TRUE'", .bool(true)), ("!!bool false", .bool(false)),
    ("!!null ''", .null), ("!!null ~", .null), ("!!null", .null),
  ]

  @Test(arguments: taggedTable)
  func explicitTagsAreHonoured(source: String, expected: ResolvedScalar) throws {
    #expect(try parse("value: \(source)\n")["value"]?.resolved == expected, "\(source)")
  }

  @Test func fullFormTagIsKeptOnTheNode() throws {
    let node = try parse("a: !!str 1\nb: ! 2\nc: 3\n")
    #expect(node["a"]?.tag == "tag:yaml.org,2002:str")
    #expect(node["b"]?.tag == "!")
    #expect(node["c"]?.tag == nil)
  }

  static let badTagTable: [(String, String)] = [
    ("value: !!int 4.2", "test.yaml:1:8: error: '4.2' is not a valid !!int value"),
    (
      "value: !!int 9223372036854775808",
      "test.yaml:1:8: error: '9223372036854775808' is not a valid !!int value"
    ),
    ("value: !!int abc", "test.yaml:1:8: error: 'abc' is not a valid !!int value"),
    ("value: !!float x1", "test.yaml:1:8: error: 'x1' is not a valid !!float value"),
    ("value: !!bool yes", "test.yaml:1:8: error: 'yes' is not a valid !!bool value"),
    ("value: !!null 0", "test.yaml:1:8: error: '0' is not a valid !!null value"),
    ("value: !foo bar", "test.yaml:1:8: error: unsupported tag '!foo' on a scalar"),
    ("value: !!binary aGVsbG8=", "test.yaml:1:8: error: unsupported tag '!!binary' on a scalar"),
    ("value: !!timestamp 2024-01-01", "test.yaml:1:8: error: unsupported tag '!!timestamp' on a scalar"),
    ("value: !!seq x", "test.yaml:1:8: error: unsupported tag '!!seq' on a scalar"),
    ("value: !!str [1]", "test.yaml:1:8: error: unsupported tag '!!str' on a sequence"),
    ("value: !!seq {a: 1}", "test.yaml:1:8: error: unsupported tag '!!seq' on a mapping"),
    (
      "%TAG !e! tag:example.com,2024:\n---\nvalue: !e!thing x",
      "test.yaml:3:8: error: unsupported tag 'tag:example.com,2024:thing' on a scalar"
    ),
  ]

  @Test(arguments: badTagTable)
  func badTagsAreLocatedErrors(source: String, expected: String) throws {
    let error = try #require(readError(source))
    #expect(error.kind == .badTag)
    #expect(error.description == expected)
  }

  @Test func collectionTagsThatMatchAreAccepted() throws {
    let node = try parse("a: !!seq [1]\nb: !!map {c: 2}\nc: ! [3]\n")
    #expect(node["a"]?[0]?.resolved == .int(1))
    #expect(node["b"]?["c"]?.resolved == .int(2))
    #expect(node["c"]?.tag == "!")
  }

  @Test func scalarInitialiserUsesTheCoreSchemaForPlainOnly() {
    #expect(Scalar("12").resolved == .int(12))
    #expect(Scalar("12", style: .singleQuoted).resolved == .string("12"))
    #expect(Scalar("~").resolved == .null)
    #expect(Scalar("yes").resolved == .string("yes"))
    #expect(Scalar("12") == Scalar("12"))
    #expect(Scalar("12") != Scalar("12", style: .doubleQuoted))
  }
}
