/// SARIF 2.1.0 logs, for code-scanning tools and editors: `rules lint`'s diagnostics here, and the
/// pieces `SARIFReporter` builds `check --format sarif` from (the log, the run with its tool, a
/// result, a location), so that both write the same dialect.
public enum SARIFLog {
  /// The tool's version, as the log reports it.
  public static let toolVersion = "0.1.0"

  /// The base that relative artifact URIs are resolved against: the checkout's root, as GitHub
  /// code scanning and other SARIF consumers name it.
  static let sourceRoot = "%SRCROOT%"

  /// One run of `closeout` with a result per diagnostic; a hint is appended to its message and
  /// notes become related locations.
  public static func render(_ diagnostics: [Diagnostic]) -> String {
    document(run(rules: nil, results: diagnostics.map { result($0) }))
  }

  /// The log text of one run, ending with a line feed.
  static func document(_ run: JSONValue) -> String {
    JSONValue.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ]).rendered() + "\n"
  }

  /// A run of `closeout` with `results`, whose driver declares `rules` when given (the
  /// `reportingDescriptor`s that results point to by `ruleIndex`).
  static func run(rules: [JSONValue]?, results: [JSONValue]) -> JSONValue {
    var driver: [(String, JSONValue)] = [
      ("name", .string("closeout")),
      ("version", .string(toolVersion)),
      ("informationUri", .string("https://github.com/closeout/closeout")),
    ]
    if let rules { driver.append(("rules", .array(rules))) }
    return .object([
      ("tool", .object([("driver", .object(driver))])),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(results)),
    ])
  }

  /// A result: the members SARIF orders first (`ruleId`, `ruleIndex`) when it is about a declared
  /// rule, its level and message, then its locations and `extra` members.
  static func result(
    rule: (id: String, index: Int)? = nil, level: String, message: String, locations: [JSONValue],
    extra: [(String, JSONValue)] = []
  ) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if let rule { members += [("ruleId", .string(rule.id)), ("ruleIndex", .int(rule.index))] }
    members += [("level", .string(level)), ("message", .object([("text", .string(message))]))]
    if !locations.isEmpty { members.append(("locations", .array(locations))) }
    return .object(members + extra)
  }

  /// A diagnostic's result: its hint appended to the message, at its place (or at `fallback`
  /// when it has none), its notes as related locations, `extra` members after them.
  static func result(
    _ diagnostic: Diagnostic, rule: (id: String, index: Int)? = nil, fallback: JSONValue? = nil,
    extra: [(String, JSONValue)] = []
  ) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if !diagnostic.notes.isEmpty {
      members.append(
        (
          "relatedLocations",
          .array(
            diagnostic.notes.enumerated().map { index, note in
              var related = location(note.location, message: note.message)
              if case .object(let fields) = related { related = .object([("id", .int(index))] + fields) }
              return related
            })
        ))
    }
    return result(
      rule: rule, level: diagnostic.level.rawValue,
      message: diagnostic.message + (diagnostic.hint.map { "\nhint: \($0)" } ?? ""),
      locations: (diagnostic.location.map { [location($0)] } ?? fallback.map { [$0] }) ?? [],
      extra: members + extra)
  }

  /// A location at line and column of its file, with a message when given.
  static func location(_ location: SourceLocation, message: String? = nil) -> JSONValue {
    self.location(file: location.file, line: location.line, column: location.column, message: message)
  }

  /// A location in `file`: at `line` (and `column`, up to `endColumn`) when given, else the file
  /// as a whole.
  static func location(
    file: String, line: Int? = nil, column: Int? = nil, endColumn: Int? = nil, message: String? = nil
  )
    -> JSONValue
  {
    var physical: [(String, JSONValue)] = [("artifactLocation", artifactLocation(file))]
    if let line {
      var region: [(String, JSONValue)] = [("startLine", .int(line))]
      if let column { region.append(("startColumn", .int(column))) }
      if let endColumn { region.append(("endColumn", .int(endColumn))) }
      physical.append(("region", .object(region)))
    }
    var members: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
    if let message { members.append(("message", .object([("text", .string(message))]))) }
    return .object(members)
  }

  /// The artifact at `path`: a relative path is a URI reference against `%SRCROOT%`, an absolute
  /// one a `file:` URI.
  static func artifactLocation(_ path: String) -> JSONValue {
    guard !path.hasPrefix("/") else { return .object([("uri", .string("file://" + uri(path)))]) }
    return .object([("uri", .string(uri(path))), ("uriBaseId", .string(sourceRoot))])
  }

  /// A relative URI reference for a path: every byte outside RFC 3986's unreserved set and `/`
  /// percent-encoded.
  static func uri(_ path: String) -> String {
    var uri = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        uri.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return uri
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
