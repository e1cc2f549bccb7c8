/// Aliases and the limits that stop alias bombs.
///
/// Every node replayed through an alias counts, including the nodes of replayed subtrees and
/// of aliases inside them, so a "billion laughs" document reaches `maxAliasExpansion` after a
/// few aliases, long before anything large is built (replaying an output is a copy of a
/// value, not a rebuild). The ratio to the document's own nodes (every node event, aliases
/// included) is checked at the end of the document, located at the first alias that broke it.
///
/// A replayed value keeps the anchored node's marks; a scalar replayed as a mapping key takes
/// the alias's marks instead, since a key's position is where it is used (duplicate-key errors
/// point there).
extension Composer {
  /// An alias event, spanning `mark..<endMark`.
  @inlinable
  mutating func alias(_ name: String, at mark: Mark, endMark: Mark) throws(YAMLError) {
    ownNodes += 1
    guard let anchored = anchors[name] else { throw .undefinedAlias(name, at: mark, file: file) }
    switch anchored {
    case .scalar(let scalar, var info):
      try countReplay(1, at: mark)
      if expectsKey {
        info.mark = mark
        info.endMark = endMark
      }
      try place(scalar, info: info)
    case .collection(let output, let nodes, let height):
      if expectsKey { throw .complexKey(at: mark, file: file) }
      try countReplay(nodes, at: mark)
      guard parents.count + height <= limits.maxDepth else {
        throw .depthLimit(limits.maxDepth, at: mark, file: file)
      }
      deliver(output, height: height)
    }
  }

  @inlinable
  mutating func countReplay(_ nodes: Int, at mark: Mark) throws(YAMLError) {
    replayedNodes += nodes
    expandedNodes += nodes
    guard replayedNodes <= limits.maxAliasExpansion else {
      throw .aliasLimit(limits.maxAliasExpansion, at: mark, file: file)
    }
    aliasUses.append(AliasUse(replayed: replayedNodes, mark: mark))
  }

  @inlinable
  func checkAliasRatio() throws(YAMLError) {
    guard !aliasUses.isEmpty else { return }
    let (allowed, overflow) = ownNodes.multipliedReportingOverflow(by: limits.maxAliasExpansionRatio)
    guard !overflow else { return }
    if let use = aliasUses.first(where: { $0.replayed > allowed }) {
      throw .aliasRatio(limits.maxAliasExpansionRatio, ownNodes: ownNodes, at: use.mark, file: file)
    }
  }
}

/// The running total of replayed nodes after one alias.
@usableFromInline
struct AliasUse {
  @usableFromInline var replayed: Int
  @usableFromInline var mark: Mark

  @inlinable
  init(replayed: Int, mark: Mark) {
    self.replayed = replayed
    self.mark = mark
  }
}
