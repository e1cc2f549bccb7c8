/// The findings of one check in rule order, each with its step number, in memory that a
/// `CheckContext` keeps from check to check: a check then allocates nothing to gather them, and
/// each step's findings are moved into an array of their exact size.
///
/// A class because it owns that memory; only its context's checks use it, one at a time.
final class FiredFindings {
  private var findings: UnsafeMutablePointer<Finding>
  /// The step number of each finding; -1 once it has been taken.
  private var steps: UnsafeMutablePointer<Int>
  /// The number of findings appended since the last `removeAll()`, taken or not.
  private var count = 0
  private var capacity: Int

  /// Memory for `capacity` findings, grown when a check fires more.
  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    findings = .allocate(capacity: self.capacity)
    steps = .allocate(capacity: self.capacity)
  }

  deinit {
    removeAll()
    findings.deallocate()
    steps.deallocate()
  }

  /// Adds the finding of the next fired rule, whose step number is `step`.
  func append(_ finding: consuming Finding, step: Int) {
    if count == capacity { grow() }
    (findings + count).initialize(to: finding)
    steps[count] = step
    count += 1
  }

  /// Moves out the findings of step `step`, most severe first and in rule order within a
  /// severity.
  func take(step: Int) -> [Finding] {
    var taken = 0
    for index in 0..<count where steps[index] == step { taken += 1 }
    guard taken > 0 else { return [] }
    return [Finding](unsafeUninitializedCapacity: taken) { buffer, initialized in
      for severity in Severity.allCases {
        for index in 0..<count where steps[index] == step && findings[index].severity == severity {
          (buffer.baseAddress! + initialized).moveInitialize(from: findings + index, count: 1)
          steps[index] = -1
          initialized += 1
        }
      }
    }
  }

  /// Drops the findings not taken, for the next check.
  func removeAll() {
    for index in 0..<count where steps[index] >= 0 { (findings + index).deinitialize(count: 1) }
    count = 0
  }

  private func grow() {
    let larger = UnsafeMutablePointer<Finding>.allocate(capacity: 2 * capacity)
    larger.moveInitialize(from: findings, count: count)
    findings.deallocate()
    findings = larger
    let largerSteps = UnsafeMutablePointer<Int>.allocate(capacity: 2 * capacity)
    largerSteps.moveInitialize(from: steps, count: count)
    steps.deallocate()
    steps = largerSteps
    capacity *= 2
  }
}
