/// An immutable array whose elements are read in place, without the retain and release that
/// copying one out costs: for what evaluation reads on every run, such as a node's children or a
/// dispatcher's implementations.
///
/// Copying an element out of an array retains the object it refers to before the call made with
/// it, and releases it after, because the optimizer cannot prove that the call leaves the array
/// alone; a `let` property of a class is read without that. So each element sits in a box that
/// the array owns, and `with(_:_:)` borrows the box through an unmanaged reference for the
/// duration of the body: sound because the array is immutable and outlives the call.
struct BoxedArray<Element: Sendable>: Sendable {
  private final class Box: Sendable {
    let element: Element

    init(_ element: Element) { self.element = element }
  }

  private let boxes: [Box]

  init(_ elements: [Element]) {
    boxes = elements.map(Box.init)
  }

  /// The number of elements.
  var count: Int { boxes.count }

  /// The elements, copied out (for planning, not evaluation).
  var elements: [Element] { boxes.map(\.element) }

  /// The positions of the elements.
  var indices: Range<Int> { boxes.indices }

  /// The result of `body` on the element at `index`.
  @inline(__always)
  func with<Result, Failure>(
    _ index: Int, _ body: (borrowing Element) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let outcome: Swift.Result<Result, Failure> = Unmanaged.passUnretained(boxes[index])
      ._withUnsafeGuaranteedRef { box in
        do throws(Failure) {
          return .success(try body(box.element))
        } catch {
          return .failure(error)
        }
      }
    return try outcome.get()
  }
}
