/// A pattern compiled to a Thompson NFA: a list of instructions that a set of threads runs in
/// lockstep, one code point at a time (see `RegexProgram+Matching`).
struct RegexProgram: Equatable, Sendable {
  /// One step of a thread.
  enum Instruction: Equatable, Sendable {
    /// Consume this code point, else the thread dies.
    case scalar(Unicode.Scalar)
    /// Consume a code point of the class (an index in `classes`), else the thread dies.
    case characterClass(Int)
    /// Continue at both targets.
    case split(Int, Int)
    /// Continue at the target.
    case jump(Int)
    /// Continue at the next instruction only if the position passes.
    case assertion(RegexAssertion)
    /// The text matches.
    case match
  }

  /// The instructions; a thread starts at 0.
  let instructions: [Instruction]
  /// The classes that instructions refer to (kept apart so that instructions are plain values).
  let classes: [CharacterClass]
  /// Whether every match starts at the beginning of the text (the pattern begins with `\A`
  /// or `^`), so that threads are started there only.
  let isAnchoredAtStart: Bool

  /// Compiles `node`, failing when the program would exceed `RegexLimits.instructions`.
  init(_ node: RegexNode) throws(RegexError) {
    var compiler = Compiler()
    try compiler.compile(node)
    try compiler.emit(.match)
    instructions = compiler.instructions
    classes = compiler.classes
    isAnchoredAtStart = Self.beginsWithTextStart(node)
  }

  private static func beginsWithTextStart(_ node: RegexNode) -> Bool {
    switch node {
    case .assertion(let assertion): assertion == .beginText
    case .concatenation(let nodes): nodes.first.map(beginsWithTextStart) ?? false
    case .alternation(let nodes): nodes.allSatisfy(beginsWithTextStart)
    case .repetition(let node, let min, _): min > 0 && beginsWithTextStart(node)
    case .empty, .scalar, .characterClass: false
    }
  }

  /// Emits instructions for a tree, as in Russ Cox's "Regular Expression Matching: the
  /// Virtual Machine Approach"; `{n,m}` is expanded into copies, as RE2 does.
  private struct Compiler {
    var instructions: [Instruction] = []
    var classes: [CharacterClass] = []

    /// Appends `instruction` and returns its index.
    @discardableResult
    mutating func emit(_ instruction: Instruction) throws(RegexError) -> Int {
      guard instructions.count < RegexLimits.instructions else { throw .patternTooLarge }
      instructions.append(instruction)
      return instructions.count - 1
    }

    /// Points the placeholder split at `index` to the next instruction and the current end.
    mutating func patchSplit(_ index: Int) {
      instructions[index] = .split(index + 1, instructions.count)
    }

    mutating func compile(_ node: RegexNode) throws(RegexError) {
      switch node {
      case .empty: break
      case .scalar(let scalar): try emit(.scalar(scalar))
      case .characterClass(let characterClass):
        let index = classes.firstIndex(of: characterClass) ?? classes.count
        if index == classes.count { classes.append(characterClass) }
        try emit(.characterClass(index))
      case .assertion(let assertion): try emit(.assertion(assertion))
      case .concatenation(let nodes):
        for node in nodes { try compile(node) }
      case .alternation(let nodes):
        var jumps: [Int] = []
        for node in nodes.dropLast() {
          let split = try emit(.split(0, 0))
          try compile(node)
          jumps.append(try emit(.jump(0)))
          patchSplit(split)
        }
        if let last = nodes.last { try compile(last) }
        for jump in jumps { instructions[jump] = .jump(instructions.count) }
      case .repetition(let node, let min, let max):
        try compileRepetition(node, min: min, max: max)
      }
    }

    private mutating func compileRepetition(_ node: RegexNode, min: Int, max: Int?) throws(RegexError) {
      let start = instructions.count
      if min == 0 {
        guard max != 0 else { return }
        // `x*`: L: split body, end; body; jump L. `x{0,m}`: m optional copies, sharing the end.
        var splits = [try emit(.split(0, 0))]
        try compile(node)
        guard instructions.count > start + 1 else {
          instructions.removeLast()
          return
        }
        if max == nil { try emit(.jump(start)) }
        for _ in 1..<(max ?? 1) {
          splits.append(try emit(.split(0, 0)))
          try compile(node)
        }
        splits.forEach { patchSplit($0) }
        return
      }
      try compile(node)
      // A node that matches only the empty string is the same repeated any number of times.
      guard instructions.count > start else { return }
      for _ in 1..<min { try compile(node) }
      if let max {
        if max > min { try compileRepetition(node, min: 0, max: max - min) }
      } else {
        // `x{n,}`: the last copy loops back: L: x; split L, end.
        let loopStart = instructions.count - (instructions.count - start) / min
        try emit(.split(loopStart, 0))
        instructions[instructions.count - 1] = .split(loopStart, instructions.count)
      }
    }
  }
}
