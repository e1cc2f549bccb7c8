extension RegexProgram {
  /// Whether the program matches some part of `text` (RE2's unanchored search), by running
  /// all threads in lockstep over the text's code points: each code point is looked at once
  /// and each instruction at most once per code point, so the time is linear in the text.
  func matches(in text: String) -> Bool {
    var run = ThreadRun(count: instructions.count)
    var iterator = text.unicodeScalars.makeIterator()
    var scalar = iterator.next()
    if run.follow(0, in: self, previous: nil, next: scalar) { return true }
    while let current = scalar {
      let following = iterator.next()
      run.advance()
      for index in run.current {
        let consumes: Bool =
          switch instructions[index] {
          case .scalar(let expected): expected == current
          case .characterClass(let index): classes[index].contains(current)
          default: false
          }
        if consumes && run.follow(index + 1, in: self, previous: current, next: following) { return true }
      }
      if !isAnchoredAtStart && run.follow(0, in: self, previous: current, next: following) { return true }
      if run.next.isEmpty && isAnchoredAtStart { return false }
      scalar = following
    }
    return false
  }
}

/// The threads of one run: the instructions waiting for the current code point, those
/// waiting for the next one, and which instructions each list already holds.
private struct ThreadRun {
  /// Consuming instructions waiting for the current code point.
  var current: [Int] = []
  /// Consuming instructions waiting for the next code point.
  var next: [Int] = []
  /// For each instruction, the last generation that reached it.
  private var reached: [Int]
  private var generation = 0
  /// Instructions still to visit while following empty-width steps (a stack, not recursion).
  private var pending: [Int] = []

  init(count: Int) {
    // Not `Array(repeating:count:)`, which looks the array's type up at run time: a match makes one.
    reached = Array(repeatElement(-1, count: count))
  }

  /// Moves to the next code point: the next list becomes the current one.
  mutating func advance() {
    swap(&current, &next)
    next.removeAll(keepingCapacity: true)
    generation += 1
  }

  /// Adds a thread at `start` to the next list, following jumps, splits and assertions at the
  /// position between `previous` and `next`; true when a thread reaches `match`.
  mutating func follow(
    _ start: Int, in program: RegexProgram, previous: Unicode.Scalar?, next nextScalar: Unicode.Scalar?
  ) -> Bool {
    pending.append(start)
    while let index = pending.popLast() {
      guard reached[index] != generation else { continue }
      reached[index] = generation
      switch program.instructions[index] {
      case .scalar, .characterClass: next.append(index)
      case .jump(let target): pending.append(target)
      case .split(let first, let second):
        pending.append(second)
        pending.append(first)
      case .assertion(let assertion):
        if assertion.holds(previous: previous, next: nextScalar) { pending.append(index + 1) }
      case .match:
        return true
      }
    }
    return false
  }
}
