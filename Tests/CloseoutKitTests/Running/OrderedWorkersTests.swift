import Foundation
import Synchronization
import Testing

@testable import CloseoutKit

/// Work on several threads with outputs in input order, each thread with its own state, and no
/// more inputs in flight than the window.
@Suite struct OrderedWorkersTests {
  /// Counts the inputs read but not yet delivered, and the most there ever were.
  private final class InFlight: Sendable {
    private let counts = Mutex((now: 0, most: 0))
    func read() {
      counts.withLock {
        $0.now += 1; $0.most = max($0.most, $0.now)
      }
    }
    func delivered() { counts.withLock { $0.now -= 1 } }
    var most: Int { counts.withLock { $0.most } }
  }

  @Test(arguments: [1, 2, 4])
  func outputsComeInInputOrderWhateverTheWorkTakes(workers: Int) {
    var outputs: [Int] = []
    OrderedWorkers<Int, Int>(workers: workers, window: 5).run(
      0..<200,
      makeWorker: {
        { input in
          // Every seventh input is slow, so that later ones finish first.
          if input % 7 == 0 { usleep(200) }
          return input * 2
        }
      }, deliver: { outputs.append($0) })
    #expect(outputs == (0..<200).map { $0 * 2 })
  }

  @Test func noMoreInputsAreReadAheadThanTheWindow() {
    let inFlight = InFlight()
    let inputs = (0..<100).lazy.map { input -> Int in
      inFlight.read()
      return input
    }
    var count = 0
    OrderedWorkers<Int, Int>(workers: 3, window: 4).run(
      inputs, makeWorker: { { $0 } },
      deliver: { _ in
        inFlight.delivered()
        count += 1
      })
    #expect(count == 100)
    // The window, plus the input read before the oldest output is taken to make room.
    #expect(inFlight.most <= 5)
  }

  @Test func eachWorkerMakesItsStateOnceForTheWholeRun() {
    let made = Mutex(0)
    var outputs: [Int] = []
    OrderedWorkers<Int, Int>(workers: 2, window: 3).run(
      0..<50,
      makeWorker: {
        made.withLock { $0 += 1 }
        var seen = 0
        return { _ in
          seen += 1
          return seen
        }
      }, deliver: { outputs.append($0) })
    #expect(made.withLock { $0 } == 2)
    // Both workers' counts together number every input once.
    #expect(outputs.count == 50)
  }

  @Test func noInputsAndMoreWorkersThanInputsEndTheRun() {
    var outputs: [String] = []
    OrderedWorkers<String, String>(workers: 4, window: 8).run(
      [String](), makeWorker: { { $0 } }, deliver: { outputs.append($0) })
    #expect(outputs.isEmpty)
    OrderedWorkers<String, String>(workers: 8, window: 2).run(
      ["a", "b", "c"], makeWorker: { { $0.uppercased() } }, deliver: { outputs.append($0) })
    #expect(outputs == ["A", "B", "C"])
  }
}
