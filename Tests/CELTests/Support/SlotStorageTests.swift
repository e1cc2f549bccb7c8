import Testing

@testable import CEL

/// The storage of an activation's slots owns its elements: it keeps them while they are in
/// place, moves them when it grows, and releases them when they are replaced or it goes.
@Suite("Slot storage")
struct SlotStorageTests {
  final class Element {}

  @Test func ownsItsElements() {
    weak var first: Element?
    weak var second: Element?
    weak var replaced: Element?
    do {
      let storage = SlotStorage<Element?>(repeating: nil, count: 2)
      do {
        let elements = (Element(), Element(), Element())
        (first, second, replaced) = elements
        storage.set(0, elements.0)
        storage.set(1, elements.2)
        storage.grow(to: 5, filling: nil)
        storage.set(4, elements.1)
        storage.set(1, nil)
      }
      #expect(replaced == nil)
      #expect(storage.count == 5)
      #expect(storage[0] === first && storage[4] === second && storage[2] == nil)
      storage.grow(to: 3, filling: Element())
      #expect(storage.count == 5)
      let taken = storage.exchange(0, nil)
      #expect(taken === first && storage[0] == nil)
    }
    #expect(first == nil && second == nil)
  }
}
