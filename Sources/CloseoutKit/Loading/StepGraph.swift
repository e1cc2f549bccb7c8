/// Orders steps by their `after` dependencies and finds unknown references and cycles.
struct StepGraph {
  let steps: [Step]

  /// The steps in dependency order, stable by declaration: among the steps whose dependencies are all
  /// placed, the one declared first comes next. Unknown references and cycles are diagnostics.
  func ordered() -> (steps: [Step], problems: [Diagnostic]) {
    var problems: [Diagnostic] = []
    let indexByID = Dictionary(steps.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { a, _ in a })
    var dependencies: [[Int]] = []
    for step in steps {
      var known: [Int] = []
      for reference in step.after {
        if let index = indexByID[reference.value] {
          known.append(index)
        } else {
          problems.append(
            Diagnostic(
              at: reference.location, "step '\(step.id.value)' comes after unknown step '\(reference.value)'",
              hint: Suggestion.didYouMean(reference.value, among: steps.map(\.id.value))))
        }
      }
      dependencies.append(known)
    }
    if let cycle = findCycle(dependencies) {
      let names = (cycle + [cycle[0]]).map { steps[$0].id.value }.joined(separator: " → ")
      let first = steps[cycle[0]]
      problems.append(
        Diagnostic(
          at: first.id.location, "steps depend on each other in a cycle: \(names)",
          hint: "remove one of these steps' `after` entries",
          notes: cycle.dropFirst().map {
            Diagnostic.Note(
              location: steps[$0].id.location, message: "step '\(steps[$0].id.value)' is part of the cycle")
          }))
      return (steps, problems)
    }
    var placed = [Bool](repeating: false, count: steps.count)
    var order: [Step] = []
    while order.count < steps.count {
      guard
        let next = steps.indices.first(where: { index in
          !placed[index] && dependencies[index].allSatisfy { placed[$0] }
        })
      else { break }
      placed[next] = true
      order.append(steps[next])
    }
    return (order, problems)
  }

  /// The step indices of one cycle in declaration order of discovery, or nil when there is none.
  private func findCycle(_ dependencies: [[Int]]) -> [Int]? {
    enum Mark { case unvisited, inProgress, finished }
    var marks = [Mark](repeating: .unvisited, count: dependencies.count)
    var path: [Int] = []

    func visit(_ node: Int) -> [Int]? {
      marks[node] = .inProgress
      path.append(node)
      for dependency in dependencies[node] {
        switch marks[dependency] {
        case .inProgress:
          if let start = path.firstIndex(of: dependency) { return Array(path[start...]) }
        case .unvisited:
          if let cycle = visit(dependency) { return cycle }
        case .finished:
          continue
        }
      }
      path.removeLast()
      marks[node] = .finished
      return nil
    }

    for node in dependencies.indices where marks[node] == .unvisited {
      if let cycle = visit(node) { return cycle }
    }
    return nil
  }
}
