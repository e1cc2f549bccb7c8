import CEL

/// Orders steps by their `after` dependencies and finds unknown references and cycles.
///
/// Everything here is iterative and takes O(n log n) time in the number of steps and `after`
/// entries, so that a generated rule file with a very long chain or cycle neither exhausts the
/// stack nor takes quadratic time.
struct StepGraph {
  let steps: [Step]

  /// How many steps of a cycle its diagnostic names before it only counts the rest.
  static let namedCycleSteps = 5

  /// The steps in dependency order, stable by declaration: among the steps whose dependencies are all
  /// placed, the one declared first comes next. Unknown references and cycles are diagnostics.
  func ordered() -> (steps: [Step], problems: [Diagnostic]) {
    var problems: [Diagnostic] = []
    let indexByID = Dictionary(steps.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { a, _ in a })
    var candidates: Spelling.Candidates?
    var dependencies: [[Int]] = []
    for step in steps {
      var known: [Int] = []
      for reference in step.after {
        if let index = indexByID[reference.value] {
          known.append(index)
        } else {
          let ids = candidates ?? Spelling.Candidates(steps.map(\.id.value))
          candidates = ids
          problems.append(
            Diagnostic(
              at: reference.location, "step '\(step.id.value)' comes after unknown step '\(reference.value)'",
              hint: Suggestion.didYouMean(reference.value, among: ids)))
        }
      }
      dependencies.append(known)
    }
    let order = Self.placementOrder(dependencies)
    if order.count < steps.count {
      var placed = [Bool](repeating: false, count: steps.count)
      for index in order { placed[index] = true }
      problems.append(cycleDiagnostic(Self.cycle(among: placed, dependencies)))
      return (steps, problems)
    }
    return (order.map { steps[$0] }, problems)
  }

  /// Kahn's algorithm with the ready steps in a min-heap of declaration indices: the step indices
  /// in placement order, fewer than all of them when some depend on a cycle.
  private static func placementOrder(_ dependencies: [[Int]]) -> [Int] {
    var waitingOn = dependencies.map(\.count)
    var dependents = [[Int]](repeating: [], count: dependencies.count)
    for (index, needed) in dependencies.enumerated() {
      for dependency in needed { dependents[dependency].append(index) }
    }
    var ready = MinHeap(dependencies.indices.filter { waitingOn[$0] == 0 })
    var order: [Int] = []
    order.reserveCapacity(dependencies.count)
    while let next = ready.popMin() {
      order.append(next)
      // A step listed twice in one `after` counts twice in `waitingOn` and is released twice here.
      for dependent in dependents[next] {
        waitingOn[dependent] -= 1
        if waitingOn[dependent] == 0 { ready.insert(dependent) }
      }
    }
    return order
  }

  /// One cycle among the steps left unplaced, as step indices: every unplaced step waits on another
  /// unplaced step, so following those edges from the first one declared must come back round.
  private static func cycle(among placed: [Bool], _ dependencies: [[Int]]) -> [Int] {
    guard var current = placed.firstIndex(of: false) else { return [] }
    var positionInPath: [Int: Int] = [:]
    var path: [Int] = []
    while positionInPath[current] == nil {
      positionInPath[current] = path.count
      path.append(current)
      guard let next = dependencies[current].first(where: { !placed[$0] }) else { return path }
      current = next
    }
    return Array(path[(positionInPath[current] ?? 0)...])
  }

  /// The cycle's diagnostic, kept short for long cycles: the first few steps by name, then a count.
  private func cycleDiagnostic(_ cycle: [Int]) -> Diagnostic {
    let named = cycle.prefix(Self.namedCycleSteps)
    var names = named.map { steps[$0].id.value }
    names.append(cycle.count > named.count ? "… (\(cycle.count) steps)" : steps[cycle[0]].id.value)
    return Diagnostic(
      at: steps[cycle[0]].id.location,
      "steps depend on each other in a cycle: \(names.joined(separator: " → "))",
      hint: "remove one of these steps' `after` entries",
      notes: named.dropFirst().map {
        Diagnostic.Note(
          location: steps[$0].id.location, message: "step '\(steps[$0].id.value)' is part of the cycle")
      })
  }
}

/// A binary min-heap of integers.
private struct MinHeap {
  private var items: [Int] = []

  init(_ items: [Int]) {
    // Already sorted input (declaration order) is a valid heap.
    self.items = items.sorted()
  }

  mutating func insert(_ item: Int) {
    items.append(item)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[child] < items[parent] else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func popMin() -> Int? {
    guard let last = items.popLast() else { return nil }
    guard !items.isEmpty else { return last }
    let minimum = items[0]
    items[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < items.count, items[left] < items[smallest] { smallest = left }
      if right < items.count, items[right] < items[smallest] { smallest = right }
      guard smallest != parent else { return minimum }
      items.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
