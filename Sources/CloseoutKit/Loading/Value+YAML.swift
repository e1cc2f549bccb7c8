import CEL
import YAML

extension Value {
  /// The CEL value of a YAML scalar resolved by the core schema.
  @inline(__always)
  init(_ scalar: ResolvedScalar) {
    switch scalar {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .int(i)
    case .double(let d): self = .double(d)
    case .string(let s): self = .string(s)
    }
  }
}
