import Testing

@testable import YAML

/// How a closed collection's children leave the composer's stacks.
@Suite struct ArrayMovingSuffixTests {
  private final class Token {
    let number: Int
    init(_ number: Int) { self.number = number }
  }

  @Test(arguments: [0, 1, 3, 5])
  func movesTheSuffixInOrderAndKeepsThePrefix(start: Int) {
    var stack = ["a", "b", "c", "d", "e"].map { $0 + String(repeating: "!", count: 20) }
    let expected = Array(stack[start...])
    let prefix = Array(stack[..<start])
    #expect(stack.moveSuffix(from: start) == expected)
    #expect(stack == prefix)
    stack.append("next")
    #expect(stack == prefix + ["next"])
  }

  @Test func theStackKeepsNoReferenceToWhatItHandedOut() {
    weak var handedOut: Token?
    var stack = [Token(1), Token(2)]
    do {
      let moved = stack.moveSuffix(from: 1)
      handedOut = moved[0]
      #expect(moved.map(\.number) == [2])
    }
    #expect(handedOut == nil)
    #expect(stack.map(\.number) == [1])
  }
}
