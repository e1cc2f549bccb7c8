/// Reads a single YAML (or JSON) document into a `Node` tree or into a caller's own tree.
///
/// Input is UTF-8, with or without a byte-order mark. An input without any document (empty,
/// or only comments) reads as a null scalar at 1:1; a second document is an error located at
/// its start. JSON objects and arrays take a fast path that produces the same tree, marks and
/// errors as libyaml would (see `JSONReader`). Read `as: .json`, the input must be strict JSON.
public enum YAMLReader {
  /// Reads `bytes`, written in `syntax`, into a `Node` tree.
  public static func parse(
    _ bytes: [UInt8], file: String, as syntax: DocumentSyntax = .yaml, limits: Limits = .default
  ) throws(YAMLError) -> Node {
    var builder = NodeBuilder()
    return try compose(bytes, file: file, as: syntax, limits: limits, into: &builder)
  }

  /// Reads `text`, written in `syntax`, into a `Node` tree.
  public static func parse(
    _ text: String, file: String, as syntax: DocumentSyntax = .yaml, limits: Limits = .default
  ) throws(YAMLError) -> Node {
    try parse(Array(text.utf8), file: file, as: syntax, limits: limits)
  }

  /// Reads `bytes`, written in `syntax`, with `builder` and returns the root's output.
  ///
  /// The builder is only updated when reading succeeds; if the JSON fast path gives up
  /// half-way, the builder libyaml then uses starts again from the caller's value. Read as
  /// `.json`, there is no second try: what is not JSON is an error at its first byte.
  @inlinable
  public static func compose<Builder: YAMLTreeBuilder>(
    _ bytes: [UInt8], file: String, as syntax: DocumentSyntax = .yaml, limits: Limits = .default,
    into builder: inout Builder
  ) throws(YAMLError) -> Builder.Output {
    do {
      let input = try Input(bytes, file: file, limits: limits)
      if syntax == .json {
        return try composeJSON(input, file: file, limits: limits, into: &builder)
      }
      if input.looksLikeJSON {
        var reader = JSONReader(input)
        var composer = Composer(builder: builder, file: file, limits: limits)
        if let output = try reader.read(into: &composer) {
          builder = composer.builder
          return output
        }
      }
      return try composeWithLibYAML(input, file: file, limits: limits, into: &builder)
    } catch {
      var error = error
      if error.file.isEmpty { error.file = file }
      throw error
    }
  }

  /// The strict JSON path: the fast path's reader, which then explains where it gave up.
  @inlinable
  static func composeJSON<Builder: YAMLTreeBuilder>(
    _ input: Input, file: String, limits: Limits, into builder: inout Builder
  ) throws(YAMLError) -> Builder.Output {
    var reader = JSONReader(input, strict: true)
    var composer = Composer(builder: builder, file: file, limits: limits)
    guard let output = try reader.read(into: &composer) else { throw reader.diagnosis(file: file) }
    builder = composer.builder
    return output
  }

  /// The libyaml path, also used when the JSON fast path gives up.
  @inlinable
  static func composeWithLibYAML<Builder: YAMLTreeBuilder>(
    _ input: Input, file: String, limits: Limits, into builder: inout Builder
  ) throws(YAMLError) -> Builder.Output {
    let parser = LibYAMLParser(input, file: file)
    var composer = Composer(builder: builder, file: file, limits: limits)
    let output = try composer.read(parser)
    builder = composer.builder
    return output
  }
}
