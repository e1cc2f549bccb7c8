/// Elements by index in one buffer that only its owner (an activation) writes, read and written
/// in place: an array held by a class checks that it is uniquely referenced on every write, and
/// the activation writes a slot for every lazy variable it computes and every element a
/// comprehension visits.
///
/// The buffer grows (moving its elements) and never shrinks. An index must be below `count`;
/// the owner checks it where it comes from outside.
final class SlotStorage<Element> {
  @exclusivity(unchecked) private(set) var count: Int
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<Element>

  /// `count` elements, each `element`.
  init(repeating element: Element, count: Int) {
    base = .allocate(capacity: count)
    base.initialize(repeating: element, count: count)
    self.count = count
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// The element at `index`, read in place.
  subscript(index: Int) -> Element {
    unsafeAddress {
      assert(index >= 0 && index < count, "slot \(index) out of \(count)")
      return UnsafePointer(base + index)
    }
  }

  /// Replaces the element at `index`.
  @inline(__always)
  func set(_ index: Int, _ element: consuming Element) {
    _ = exchange(index, element)
  }

  /// Replaces the element at `index`; returns the element it held.
  ///
  /// A move out and an initialisation: an assignment through the pointer would go through the
  /// element type's generic assignment.
  @inline(__always)
  func exchange(_ index: Int, _ element: consuming Element) -> Element {
    assert(index >= 0 && index < count, "slot \(index) out of \(count)")
    let old = (base + index).move()
    (base + index).initialize(to: element)
    return old
  }

  /// Grows to `newCount` elements if there are fewer, the new ones `element`.
  @inline(__always)
  func grow(to newCount: Int, filling element: @autoclosure () -> Element) {
    if newCount > count { reallocate(to: newCount, filling: element()) }
  }

  private func reallocate(to newCount: Int, filling element: Element) {
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCount)
    grown.moveInitialize(from: base, count: count)
    (grown + count).initialize(repeating: element, count: newCount - count)
    base.deallocate()
    base = grown
    count = newCount
  }
}
