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
    let count = withVaList([value]) { arguments in
      buffer.withUnsafeMutableBufferPointer { pointer in
        vsnprintf(pointer.baseAddress, pointer.count, format, arguments)
      }
    }
    guard count > 0 else { return "" }
    return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
