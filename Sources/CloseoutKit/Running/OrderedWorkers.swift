import Dispatch
import Synchronization

/// Runs a piece of work on every input of a sequence on several threads, and hands each output
/// back on the calling thread in input order, as soon as it and those before it are done.
///
/// The workers live for the whole run, each with its own state made once on its own thread (a
/// check's working memory), and take the next input as soon as they are free, so a slow input
/// holds back no other worker. The calling thread reads the inputs and delivers the outputs; at
/// most `window` inputs are read ahead of the last output delivered, so memory stays flat however
/// long the sequence is.
struct OrderedWorkers<Input: Sendable, Output: Sendable> {
  /// How many threads do the work.
  let workers: Int
  /// How many inputs may be read but not yet delivered.
  let window: Int

  /// `workers` threads with at most `window` inputs in flight (at least one of each).
  init(workers: Int, window: Int) {
    self.workers = max(1, workers)
    self.window = max(1, window)
  }

  /// Runs the work `makeWorker` makes (once per thread) on every input, calling `deliver` with
  /// each output in input order.
  @inline(__always)
  func run(
    _ inputs: some Sequence<Input>, makeWorker: @escaping @Sendable () -> (Input) -> Output,
    deliver: (Output) -> Void
  ) {
    var iterator = inputs.makeIterator()
    run(reading: { iterator.next() }, makeWorker: makeWorker, deliver: deliver)
  }

  /// `run` on the inputs that `next` gives until it gives nil. Generic only over the input and
  /// output types, which a caller generic over its sequence knows: so this is compiled for them,
  /// and the shared state's types are not looked up at run time on every input.
  private func run(
    reading next: () -> Input?, makeWorker: @escaping @Sendable () -> (Input) -> Output,
    deliver: (Output) -> Void
  ) {
    let slots = Slots(count: window)
    let group = DispatchGroup()
    for _ in 0..<workers {
      DispatchQueue.global().async(group: group) {
        let work = makeWorker()
        while let (sequence, input) = slots.nextInput() {
          slots.fill(sequence, with: work(input))
        }
      }
    }
    var submitted = 0
    var delivered = 0
    func deliverNext() {
      if let output = slots.take(delivered) { deliver(output) }
      delivered += 1
    }
    while let input = next() {
      if submitted - delivered == window { deliverNext() }
      slots.submit(input, as: submitted)
      submitted += 1
    }
    slots.close(workers: workers)
    while delivered < submitted { deliverNext() }
    group.wait()
  }

  /// The queue of inputs and the ring of `count` output slots that the calling thread and the
  /// workers share. The output of input number `n` goes to slot `n % count`; the calling thread
  /// submits input `n + count` only after taking output `n`, so no two outputs in flight share a
  /// slot.
  private final class Slots: Sendable {
    private struct State: ~Copyable {
      /// The inputs submitted and not yet taken, with their numbers, from `head` on.
      var queue: [(Int, Input)] = []
      var head = 0
      var outputs: [Output?]
    }

    private let state: Mutex<State>
    /// Signalled once per input submitted and once per worker when the inputs end.
    private let pending = DispatchSemaphore(value: 0)
    /// Signalled when a slot's output is filled.
    private let filled: [DispatchSemaphore]

    init(count: Int) {
      state = Mutex(State(outputs: Array(repeating: nil, count: count)))
      filled = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// Queues input number `sequence` for a worker to take.
    func submit(_ input: Input, as sequence: Int) {
      state.withLock { $0.queue.append((sequence, input)) }
      pending.signal()
    }

    /// Wakes each of `workers` once more: one that finds no input left stops. A wake-up only
    /// finds none once every input is submitted, so no worker stops while work remains.
    func close(workers: Int) {
      for _ in 0..<workers { pending.signal() }
    }

    /// The next input not yet taken and its number, waiting for one; nil when the inputs have
    /// ended.
    func nextInput() -> (Int, Input)? {
      pending.wait()
      return state.withLock { state -> (Int, Input)? in
        guard state.head < state.queue.count else { return nil }
        let next = state.queue[state.head]
        state.head += 1
        if state.head == state.queue.count {
          state.queue.removeAll(keepingCapacity: true)
          state.head = 0
        }
        return next
      }
    }

    /// Stores the output of input number `sequence`.
    func fill(_ sequence: Int, with output: Output) {
      state.withLock { $0.outputs[sequence % filled.count] = output }
      filled[sequence % filled.count].signal()
    }

    /// The output of input number `sequence`, waiting for it; its slot is emptied.
    func take(_ sequence: Int) -> Output? {
      filled[sequence % filled.count].wait()
      return state.withLock { $0.outputs[sequence % filled.count].take() }
    }
  }
}
