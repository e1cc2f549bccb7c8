extension Unicode.Scalar {
  /// Whether the scalar is white space (Unicode's `White_Space`, which `trim()` removes): for
  /// ASCII, a space or U+0009 to U+000D, answered without reading the property tables, which
  /// costs hundreds of instructions a scalar.
  public var isWhiteSpace: Bool {
    isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace
  }
}
