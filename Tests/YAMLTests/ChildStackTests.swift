import Testing

@testable import YAML

/// The composer's stacks: they grow, hand elements out by moving them, and release what is left.
@Suite struct ChildStackTests {
  private final class Token {
    let number: Int
    init(_ number: Int) { self.number = number }
  }

  @Test func growsKeepingItsElementsInOrder() {
    var stack = ChildStack<Int>(capacity: 2)
    for number in 0..<9 { stack.push(number) }
    #expect(stack.count == 9)
    #expect(stack.capacity >= 9)
    #expect(Array(stack.elements(from: 0)) == Array(0..<9))
    #expect(stack[4] == 4)
  }

  @Test func popsAndForgetsFromTheTop() {
    var stack = ChildStack<Int>(capacity: 4)
    for number in 0..<5 { stack.push(number) }
    #expect(stack.pop() == 4)
    #expect(Array(stack.elements(from: 2)) == [2, 3])
    stack.forget(from: 2)
    #expect(stack.count == 2)
    stack.push(7)
    #expect(Array(stack.elements(from: 0)) == [0, 1, 7])
  }

  @Test func releasesWhatIsLeftWhenItGoes() {
    weak var popped: Token?
    weak var left: Token?
    var stack = ChildStack<Token>(capacity: 1)
    do {
      let first = Token(1)
      let second = Token(2)
      popped = second
      left = first
      stack.push(first)
      stack.push(second)
    }
    #expect(stack.pop().number == 2)
    #expect(popped == nil)
    #expect(left?.number == 1)
    _ = consume stack
    #expect(left == nil)
  }
}
