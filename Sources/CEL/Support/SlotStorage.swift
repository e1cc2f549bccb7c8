/// Elements by index that only their owner (an activation) writes: the slots of its variables,
/// or the frames of its comprehensions, which the running nodes read and write in place.
///
/// A plain array behind a class, so that every node that holds the activation reads the same
/// slots; the array checks every index. The storage grows and never shrinks. An index comes from
/// the planner's slot numbers, never from user input, so an index out of range is a bug in the
/// planner, and the array's trap says so.
final class SlotStorage<Element> {
  private var elements: [Element]

  /// `count` elements, each `element`.
  init(repeating element: Element, count: Int) {
    elements = Array(repeating: element, count: count)
  }

  /// The number of elements.
  var count: Int { elements.count }

  /// The element at `index`.
  subscript(index: Int) -> Element {
    elements[index]
  }

  /// Replaces the element at `index`.
  func set(_ index: Int, _ element: consuming Element) {
    elements[index] = element
  }

  /// Replaces the element at `index`; returns the element it held, moved out rather than copied.
  func exchange(_ index: Int, _ element: consuming Element) -> Element {
    var element = element
    swap(&elements[index], &element)
    return element
  }

  /// Grows to `newCount` elements if there are fewer, the new ones `element`.
  func grow(to newCount: Int, filling element: @autoclosure () -> Element) {
    if newCount > elements.count {
      elements.append(contentsOf: repeatElement(element(), count: newCount - elements.count))
    }
  }
}
