import Testing

@testable import CloseoutKit

/// The progress line of a long run: count, rate and time left, shown after a second and redrawn a
/// few times a second.
@Suite struct ProgressLineTests {
  @Test func saysTheCountTheRateAndWhatIsLeft() {
    #expect(
      ProgressLine.text(count: 1_200, total: 5_000, elapsed: 3)
        == "1,200 of 5,000 snapshots, 400/s, 0:10 left")
    #expect(ProgressLine.text(count: 123_456, total: nil, elapsed: 2) == "123,456 snapshots, 61,728/s")
    #expect(
      ProgressLine.text(count: 10, total: 10_000, elapsed: 1) == "10 of 10,000 snapshots, 10/s, 16:39 left")
  }

  @Test func appearsAfterASecondAndAtMostFiveTimesASecond() {
    var line = ProgressLine(total: nil)
    #expect(line.update(count: 5, elapsed: 0.5) == nil)
    #expect(line.update(count: 10, elapsed: 1.0) == "10 snapshots, 10/s")
    #expect(line.update(count: 11, elapsed: 1.1) == nil)
    #expect(line.update(count: 13, elapsed: 1.3) == "13 snapshots, 10/s")
  }
}
