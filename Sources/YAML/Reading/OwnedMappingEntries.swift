/// The entries of a mapping handed over to `YAMLTreeBuilder.mapping(taking:info:)`: three
/// parallel buffers in the reader's working storage, in source order and with distinct keys.
///
/// The builder takes the keys and values over: it moves each out (`move()`,
/// `moveInitialize(from:count:)`) or deinitialises it, and keeps no pointer.
public struct OwnedMappingEntries<Value> {
  /// The keys, initialised.
  public let keys: UnsafeMutableBufferPointer<MappingKey>
  /// Each key's hash, as in `MappingEntries.keyHashes`: for a key that resolved to a string,
  /// the 64-bit FNV-1a hash of its UTF-8 text.
  public let keyHashes: UnsafeBufferPointer<UInt64>
  /// The values, initialised, in the order of `keys`.
  public let values: UnsafeMutableBufferPointer<Value>

  /// Pairs buffers of equal counts.
  @inlinable
  init(
    keys: UnsafeMutableBufferPointer<MappingKey>, keyHashes: UnsafeBufferPointer<UInt64>,
    values: UnsafeMutableBufferPointer<Value>
  ) {
    self.keys = keys
    self.keyHashes = keyHashes
    self.values = values
  }

  /// The number of entries.
  @inlinable
  public var count: Int { keys.count }
}
