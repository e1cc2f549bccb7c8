extension Value {
  /// The value a literal of the source denotes.
  init(_ constant: Constant) {
    switch constant {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .int(i)
    case .uint(let u): self = .uint(u)
    case .double(let d): self = .double(d)
    case .string(let s): self = .string(s)
    case .bytes(let b): self = .bytes(b)
    }
  }
}
