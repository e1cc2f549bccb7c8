/// The value of a scalar under the YAML 1.2 core schema (or under its explicit tag).
public enum ResolvedScalar: Sendable, Hashable {
  /// `null`, `Null`, `NULL`, `~`, the empty plain scalar, or a `!!null` value.
  case null
  /// `true`/`false` in lower, title or upper case, or a `!!bool` value.
  case bool(Bool)
  /// A decimal, `0o` octal or `0x` hexadecimal integer that fits in 64 bits.
  case int(Int64)
  /// A float, `.inf`/`.nan` in their spellings, or an integer literal beyond the `Int64` range.
  case double(Double)
  /// Everything else: every quoted or block scalar, and plain scalars matching no other form.
  case string(String)
}
