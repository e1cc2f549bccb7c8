import Testing

@testable import YAML

/// Depth and size limits.
@Suite struct LimitTests {
  @Test func defaultLimits() {
    #expect(Limits.default.maxBytes == 8 * 1024 * 1024)
    #expect(Limits.default.maxDepth == 128)
    #expect(Limits.default.maxAliasExpansion == 10_000)
    #expect(Limits.default.maxAliasExpansionRatio == 10)
  }

  @Test func depthAtTheLimitReads() throws {
    let node = try parse(String(repeating: "[", count: 128) + String(repeating: "]", count: 128))
    #expect(node.sequence?.count == 1)
  }

  @Test func depthPastTheLimitFailsAtTheOpeningBracket() throws {
    let source = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
    let error = try #require(readError(source))
    #expect(error.kind == .depthLimit)
    #expect(error.description == "test.yaml:1:129: error: collections are nested more than 128 deep")
    // The libyaml path agrees with the JSON fast path.
    #expect(throws: error) { try parseWithLibYAML(source) }
  }

  @Test func depthInBlockStyle() throws {
    let source = "a:\n  b:\n    c:\n      d: 1\n"
    #expect(readError(source, limits: Limits(maxDepth: 4)) == nil)
    let error = try #require(readError(source, limits: Limits(maxDepth: 3)))
    #expect(error.description == "test.yaml:4:7: error: collections are nested more than 3 deep")
  }

  @Test func hugeNestingFailsQuickly() throws {
    let source = String(repeating: "- ", count: 100_000) + "x\n"
    let error = try #require(readError(source))
    #expect(error.kind == .depthLimit)
    #expect(error.mark == mark(1, 257, 256))
  }

  @Test func sizeLimit() throws {
    let limits = Limits(maxBytes: 10)
    #expect(readError("a: 1234567", limits: limits) == nil)
    let error = try #require(readError("a: 12345678", limits: limits))
    #expect(error.kind == .sizeLimit)
    #expect(
      error.description == "test.yaml:1:1: error: the input is 11 bytes, more than the limit of 10 bytes")
  }
}
