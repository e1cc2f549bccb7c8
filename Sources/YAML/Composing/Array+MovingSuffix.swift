extension Array {
  /// Removes the elements from `start` on and returns them, in order, in an array of their own:
  /// how a closed collection's children leave the composer's stacks for its builder.
  ///
  /// From the start of the stack the whole array changes hands. Otherwise the elements are
  /// copied and then removed (a retain and a release each), which measured as cheap as moving
  /// them out one by one from the end, which then needs a reversal.
  @inlinable
  mutating func moveSuffix(from start: Int) -> [Element] {
    if start == 0 {
      var all: [Element] = []
      swap(&all, &self)
      return all
    }
    let suffix = Array(self[start...])
    removeSubrange(start...)
    return suffix
  }
}
