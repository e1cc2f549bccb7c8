/// Where a snapshot's maps, lists and fields are written, recorded by the reader while it builds
/// the snapshot's values, without a node tree: enough to place what findings point at by line and
/// column. Recorded in the order the reader closes nodes, children before their parent:
///
/// - a list: its own point;
/// - a map: the point of each key it wrote, in order, then its own point; and its count of keys in
///   `entryCounts`, in the same order as the maps.
public struct DocumentMarks: Sendable {
  /// A line and column, 1-based.
  public struct Point: Sendable, Equatable {
    public var line: Int32
    public var column: Int32

    /// Creates a point.
    public init(line: Int32, column: Int32) {
      self.line = line
      self.column = column
    }
  }

  /// The points, in the order the reader closed nodes.
  public var points: [Point] = []
  /// Each map's number of keys, in the order the reader closed maps.
  public var entryCounts: [Int32] = []

  /// No marks yet.
  public init() {}

  /// No marks yet, with room for those of a document of `bytes` bytes (a key or a collection
  /// takes a few bytes at least).
  public init(reservingFor bytes: Int) {
    points.reserveCapacity(bytes / 8)
    entryCounts.reserveCapacity(bytes / 32)
  }
}
