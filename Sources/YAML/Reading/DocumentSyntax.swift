/// The language a document is read in.
public enum DocumentSyntax: Sendable, Hashable {
  /// YAML 1.2 (which includes JSON): JSON objects and arrays take a fast path, anything else
  /// goes to libyaml.
  case yaml
  /// Strict JSON (RFC 8259) in UTF-8, with an optional byte-order mark: anything else is an
  /// error located at the first byte that is not JSON, never read as YAML.
  case json
}
