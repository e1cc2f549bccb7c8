/// Elements by index that only their owner (an activation) writes: the slots of its variables,
/// or the frames of its comprehensions, which the running nodes read and write in place.
///
/// The one buffer type of the CEL module that manages its memory itself, for one reason: an
/// array in a class property is read and written under the runtime's exclusivity checks, which
/// cost more than the evaluation of most nodes (a fifth of the instructions a snapshot's rules
/// take). Here the class property only names the current `SlotBuffer`, read in an instant, and
/// elements are read and written in the buffer's own memory, where no access is tracked.
///
/// Every index is checked against the count (`precondition`, kept in release builds). An index
/// comes from the planner's slot numbers, never from user input, so an index out of range is a
/// bug in the planner, and the trap says so. The storage grows and never shrinks; only `grow`
/// replaces the buffer, so a buffer read by an element access is never freed under it.
final class SlotStorage<Element> {
  private var buffer: SlotBuffer<Element>

  /// `count` elements, each `element`.
  init(repeating element: Element, count: Int) {
    buffer = SlotBuffer.make(count: count, moving: nil, filling: element)
  }

  /// The number of elements.
  var count: Int { buffer.count }

  /// The element at `index`.
  subscript(index: Int) -> Element {
    let buffer = buffer
    defer { withExtendedLifetime(buffer) {} }
    return buffer.address(of: index).pointee
  }

  /// Replaces the element at `index`; the new element is moved in, the old one released.
  func set(_ index: Int, _ element: consuming Element) {
    let buffer = buffer
    defer { withExtendedLifetime(buffer) {} }
    buffer.address(of: index).pointee = element
  }

  /// Replaces the element at `index`; returns the element it held, moved out rather than copied.
  func exchange(_ index: Int, _ element: consuming Element) -> Element {
    let buffer = buffer
    defer { withExtendedLifetime(buffer) {} }
    let address = buffer.address(of: index)
    let old = address.move()
    address.initialize(to: element)
    return old
  }

  /// Grows to `newCount` elements if there are fewer, the new ones `element`.
  func grow(to newCount: Int, filling element: @autoclosure () -> Element) {
    guard newCount > buffer.count else { return }
    var grown = SlotBuffer.make(count: newCount, moving: buffer, filling: element())
    // Exchanged, not assigned, so that the old (now empty) buffer is released after the access.
    swap(&buffer, &grown)
  }
}

/// The memory of a `SlotStorage`: its count in the header, then the elements, all initialised.
final class SlotBuffer<Element>: ManagedBuffer<Int, Element> {
  /// A buffer of `count` elements: those of `previous` moved in first (leaving it empty), then
  /// copies of `element`.
  static func make(count: Int, moving previous: SlotBuffer?, filling element: Element) -> SlotBuffer {
    let created = create(minimumCapacity: count) { _ in 0 }
    // `create` returns the dynamic type it was called on.
    guard let buffer = created as? SlotBuffer else {
      preconditionFailure("ManagedBuffer.create returned another type")
    }
    buffer.withUnsafeMutablePointers { header, elements in
      var filled = 0
      if let previous {
        previous.withUnsafeMutablePointers { previousCount, previousElements in
          elements.moveInitialize(from: previousElements, count: previousCount.pointee)
          filled = previousCount.pointee
          previousCount.pointee = 0
        }
      }
      (elements + filled).initialize(repeating: element, count: count - filled)
      header.pointee = count
    }
    return buffer
  }

  /// The number of elements, read through the header's memory (`header` is a class property,
  /// whose every access the runtime would track).
  var count: Int { withUnsafeMutablePointerToHeader { $0.pointee } }

  /// The address of the element at `index`, which must be an element's (checked, also in
  /// release builds). It is valid while the caller holds the buffer.
  @inline(__always)
  func address(of index: Int) -> UnsafeMutablePointer<Element> {
    precondition(index >= 0 && index < count, "slot index out of range")
    return withUnsafeMutablePointerToElements { $0 + index }
  }

  deinit {
    _ = withUnsafeMutablePointers { count, elements in elements.deinitialize(count: count.pointee) }
  }
}
