/// A scalar node's content: its text as written (after unescaping and folding), its style and
/// its resolved value.
public struct Scalar: Sendable, Hashable {
  /// How a scalar was written in the source.
  public enum Style: Sendable, Hashable {
    /// Unquoted, e.g. `name: Ada`.
    case plain
    /// In single quotes, e.g. `'Ada'`.
    case singleQuoted
    /// In double quotes, e.g. `"Ada"`; every JSON string has this style.
    case doubleQuoted
    /// A `|` block scalar: line breaks kept.
    case literal
    /// A `>` block scalar: line breaks folded into spaces.
    case folded
  }

  /// The compact form of `resolved`: strings are not stored twice.
  @usableFromInline
  enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string
  }

  /// The scalar's content, with escapes, quotes and folding already applied.
  public let text: String
  /// How the scalar was written.
  public let style: Style
  /// The compact resolved value.
  @usableFromInline let value: Value
  /// For a block scalar read from a source: where its content lines are. Not part of the
  /// scalar's identity (`==` and hashing), like the marks of a node are not part of its value.
  let layout: BlockLayout?

  /// Creates a scalar resolved by the YAML 1.2 core schema: a plain scalar is typed from its
  /// text, every other style is a string.
  public init(_ text: String, style: Style = .plain) {
    let value = style == .plain ? CoreSchema.resolve(plain: text.utf8.span) : .string
    self.init(text: text, style: style, value: value)
  }

  @usableFromInline
  init(text: String, style: Style, value: Value) {
    self.init(text: text, style: style, value: value, layout: nil)
  }

  init(text: String, style: Style, value: Value, layout: BlockLayout?) {
    self.text = text
    self.style = style
    self.value = value
    self.layout = layout
  }

  /// For a literal or folded block scalar read from a source, the number of spaces that indent
  /// its content lines; `nil` for other styles or when the content is blank.
  public var blockIndentation: Int? {
    style == .literal || style == .folded ? layout?.indentation : nil
  }

  /// The scalar's value under the core schema, or under its explicit tag.
  public var resolved: ResolvedScalar {
    switch value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .int(let number): .int(number)
    case .double(let number): .double(number)
    case .string: .string(text)
    }
  }

  /// Compares text, style and resolved value.
  public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
    lhs.style == rhs.style && lhs.value == rhs.value && lhs.text == rhs.text
  }

  /// Hashes text, style and resolved value.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(style)
    hasher.combine(value)
  }

  /// Whether the scalar resolved to a string.
  public var isString: Bool {
    value == .string
  }
}
