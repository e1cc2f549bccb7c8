/// Diagnostics as a SARIF 2.1.0 log, for code-scanning tools and editors.
public enum SARIFLog {
  /// The tool's version, as the log reports it.
  public static let toolVersion = "0.1.0"

  /// One run of `closeout` with a result per diagnostic; a hint is appended to its message and
  /// notes become related locations.
  public static func render(_ diagnostics: [Diagnostic]) -> String {
    let run = JSONValue.object([
      (
        "tool",
        .object([
          (
            "driver",
            .object([
              ("name", .string("closeout")),
              ("version", .string(toolVersion)),
              ("informationUri", .string("https://github.com/closeout/closeout")),
            ])
          )
        ])
      ),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(diagnostics.map(result))),
    ])
    return JSONValue.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ]).rendered() + "\n"
  }

  private static func result(_ diagnostic: Diagnostic) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("level", .string(diagnostic.level.rawValue)),
      (
        "message",
        .object([("text", .string(diagnostic.message + (diagnostic.hint.map { "\nhint: \($0)" } ?? "")))])
      ),
    ]
    if let location = diagnostic.location { members.append(("locations", .array([self.location(location)]))) }
    if !diagnostic.notes.isEmpty {
      members.append(
        (
          "relatedLocations",
          .array(
            diagnostic.notes.enumerated().map { index, note in
              var related = self.location(note.location, message: note.message)
              if case .object(let fields) = related { related = .object([("id", .int(index))] + fields) }
              return related
            })
        ))
    }
    return .object(members)
  }

  private static func location(_ location: SourceLocation, message: String? = nil) -> JSONValue {
    var members: [(String, JSONValue)] = [
      (
        "physicalLocation",
        .object([
          ("artifactLocation", .object([("uri", .string(uri(location.file)))])),
          ("region", .object([("startLine", .int(location.line)), ("startColumn", .int(location.column))])),
        ])
      )
    ]
    if let message { members.append(("message", .object([("text", .string(message))]))) }
    return .object(members)
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
