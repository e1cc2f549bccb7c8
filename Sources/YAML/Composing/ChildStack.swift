/// A stack of the children of a composer's open collections, in memory it manages itself, so
/// that a finished collection's children can be moved out to its builder instead of being
/// copied and then released.
///
/// Noncopyable, because it owns that memory: it lives inside its composer, which makes no
/// allocation for it beyond the memory itself.
@usableFromInline
struct ChildStack<Element>: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  /// The number of initialised elements, from `base` on.
  @usableFromInline var count = 0
  @usableFromInline var capacity: Int

  @inlinable
  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  /// Inlinable, as the composers that own stacks are specialised in their clients' modules.
  @inlinable
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
  mutating func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count &+= 1
  }

  /// Moves the top element out; there must be one.
  @inlinable
  mutating func pop() -> Element {
    count &-= 1
    return (base + count).move()
  }

  /// The elements from `start` to the top, still initialised: the caller moves them out (or
  /// deinitialises them) and then calls `forget(from:)`.
  @inlinable
  func elements(from start: Int) -> UnsafeMutableBufferPointer<Element> {
    UnsafeMutableBufferPointer(start: base + start, count: count - start)
  }

  /// Drops the elements from `start` on without deinitialising them: they have been moved out.
  @inlinable
  mutating func forget(from start: Int) {
    count = start
  }

  @usableFromInline
  mutating func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
