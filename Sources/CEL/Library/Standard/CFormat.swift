#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fixed and scientific notation through the C library's `printf`, which rounds the exact
/// binary value correctly (half to even), as Go's `fmt` does.
enum CFormat {
  /// `%.<precision>f` or `%.<precision>e` of a finite double.
  static func double(_ value: Double, precision: Int, style: Character) -> String {
    let format = "%.\(precision)" + String(style)
    var buffer = [CChar](repeating: 0, count: 420 + precision)
    let size = buffer.count
    // The array is passed to C as a pointer that lives for the call only.
    let count = withVaList([value]) { arguments in vsnprintf(&buffer, size, format, arguments) }
    guard count > 0 else { return "" }
    return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
