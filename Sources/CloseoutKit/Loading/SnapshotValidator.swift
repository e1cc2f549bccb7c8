import CEL

/// Checks that a snapshot document has what every rule relies on: a mapping with
/// `snapshot_version` 1, an RFC 3339 `as_of`, and a `contract` with `id`, `kind` and `status`.
enum SnapshotValidator {
  /// A problem at a path of keys in the document.
  struct Problem: Equatable {
    /// The keys leading to the offending node; for a missing key, the path of its parent.
    var path: [String]
    var message: String
  }

  /// The snapshot format versions this Closeout reads.
  static let supportedVersions: Set<Int64> = [1]

  /// Every problem with `document`, in document order of the sections.
  static func problems(in document: Value) -> [Problem] {
    guard case .map(let root) = document else {
      return [
        Problem(path: [], message: "a snapshot must be a mapping of sections, not \(describe(document))")
      ]
    }
    var problems: [Problem] = []
    switch root["snapshot_version"] {
    case nil:
      problems.append(
        Problem(path: [], message: "the snapshot is missing the required key 'snapshot_version'"))
    case .int(let version)? where supportedVersions.contains(version):
      break
    case let other?:
      problems.append(
        Problem(
          path: ["snapshot_version"],
          message: "unsupported snapshot_version \(ValueText.display(other)); this Closeout reads version 1"))
    }
    switch root["as_of"] {
    case nil:
      problems.append(Problem(path: [], message: "the snapshot is missing the required key 'as_of'"))
    case .string(let text)? where Timestamp(rfc3339: text) != nil:
      break
    case let other?:
      problems.append(
        Problem(
          path: ["as_of"],
          message:
            "'as_of' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, not \(describe(other))"))
    }
    switch root["contract"] {
    case nil:
      problems.append(Problem(path: [], message: "the snapshot is missing the required key 'contract'"))
    case .map(let contract)?:
      for key in ["id", "kind", "status"] {
        switch contract[key] {
        case nil:
          problems.append(
            Problem(path: ["contract"], message: "'contract' is missing the required key '\(key)'"))
        case .string?:
          break
        case let other?:
          problems.append(
            Problem(
              path: ["contract", key], message: "'contract.\(key)' must be a string, not \(describe(other))"))
        }
      }
    case let other?:
      problems.append(
        Problem(path: ["contract"], message: "'contract' must be a mapping, not \(describe(other))"))
    }
    return problems
  }

  private static func describe(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .map: "a mapping"
    case .list: "a list"
    case .string(let s): "the string '\(s)'"
    default: "the \(ValueText.typeName(of: value)) \(ValueText.display(value))"
    }
  }
}
