/// A stack of the children of a composer's open collections, in memory it manages itself, so
/// that a finished collection's children can be moved out to its builder instead of being
/// copied and then released.
///
/// A class because it owns that memory. Only its composer holds it and nothing reenters it,
/// so its properties skip the runtime exclusivity checks, which would cost more than the
/// stack's own work.
@usableFromInline
final class ChildStack<Element> {
  @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<Element>
  /// The number of initialised elements, from `base` on.
  @exclusivity(unchecked) @usableFromInline var count = 0
  @exclusivity(unchecked) @usableFromInline var capacity: Int

  @inlinable
  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// The element at `index`, which must be below `count`.
  @inlinable
  subscript(index: Int) -> Element {
    base[index]
  }

  /// Pushes `element`.
  @inlinable
  func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count &+= 1
  }

  /// The elements from `start` to the top, still initialised: the caller moves them out (or
  /// deinitialises them) and then calls `forget(from:)`.
  @inlinable
  func elements(from start: Int) -> UnsafeMutableBufferPointer<Element> {
    UnsafeMutableBufferPointer(start: base + start, count: count - start)
  }

  /// Drops the elements from `start` on without deinitialising them: they have been moved out.
  @inlinable
  func forget(from start: Int) {
    count = start
  }

  @usableFromInline
  func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
