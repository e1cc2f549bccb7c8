import Foundation

/// The target that `CLOSEOUT_FUZZ_TARGET` names, read once; `scripts/fuzz.sh` sets it.
let selectedTarget: FuzzTarget? = ProcessInfo.processInfo.environment["CLOSEOUT_FUZZ_TARGET"].flatMap(
  FuzzTarget.init(rawValue:))

/// libFuzzer's entry point: runs the selected target on one input.
///
/// The input is copied into an array at once; no other code sees the pointer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  guard let target = selectedTarget else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("closeout-fuzz: set CLOSEOUT_FUZZ_TARGET to one of \(names)\n".utf8))
    exit(2)
  }
  target.run(bytes)
  return 0
}

/// The fuzz targets, by the name `scripts/fuzz.sh` takes.
enum FuzzTarget: String, CaseIterable {
  /// Bytes → YAML node tree (libyaml and the JSON fast path, whichever the bytes take).
  case yaml
  /// Bytes → node tree through the JSON fast path, compared with libyaml's tree when both read it.
  case json
  /// Bytes as a CEL expression: parsed, checked, compiled, evaluated within a small budget.
  case cel
  /// Bytes as one rule file, alone and layered on the default rules.
  case rules
  /// Bytes as a snapshot checked with the default rules and rendered by every reporter.
  case check

  /// Runs the target on `bytes`; a crash, a sanitizer report or a failed `precondition` is a finding.
  func run(_ bytes: [UInt8]) {
    switch self {
    case .yaml: YAMLFuzz.run(bytes)
    case .json: JSONFuzz.run(bytes)
    case .cel: CELFuzz.run(bytes)
    case .rules: RulesFuzz.run(bytes)
    case .check: CheckFuzz.run(bytes)
    }
  }
}
