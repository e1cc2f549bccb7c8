import Foundation
import Testing

/// `check --format html` on the examples, rendered by headless Chromium in the light and the dark
/// scheme: the screenshot, decoded by a small PNG reader in Python's standard library, is not
/// blank, has the scheme's background and shows the blockers' red bars.
@Suite struct HTMLRenderingTests {
  /// Chromium's path, when it is on `PATH`.
  static let chromium: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { $0 + "/chromium" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// Run when Chromium is there, and always on CI (where a missing Chromium is a failure).
  static let renders = chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil

  @Test(
    .enabled(
      if: renders, "chromium is not on PATH (apt-get install chromium; set CI to make this fail)"),
    arguments: ["light", "dark"])
  func thePageRendersWithColoursAndText(scheme: String) throws {
    let chromium = try #require(Self.chromium, "chromium is not on PATH")
    let output = try CommandRunner.run(
      ["check", "--format", "html"] + BatchFormatTests.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let folder = try CommandRunner.folder(["report.html": output.stdout])
    defer { try? FileManager.default.removeItem(at: folder) }
    let rendered = try BatchFormatTests.python([
      "-c", Self.script, chromium, folder.appending(path: "report.html").path,
      folder.appending(path: "page.png").path, scheme,
    ])
    #expect(rendered.status == 0, "\(rendered.stderr)")
    let figures = rendered.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    try #require(figures.count == 8, "\(rendered.stdout)")
    let (width, height, colours, ink, red) = (figures[0], figures[1], figures[2], figures[3], figures[4])
    let background = figures[5...7].reduce(0, +) / 3
    #expect(width == 1280 && height == 1600)
    // Anti-aliased text alone gives hundreds of colours; a blank or unstyled page a handful.
    #expect(colours > 500, "\(colours) colours")
    #expect(ink > width * height / 10, "\(ink) pixels differ from the background")
    #expect(red > 2000, "\(red) red pixels: the blockers' bars and marks")
    #expect(scheme == "dark" ? background < 60 : background > 200, "background \(figures[5...7])")
  }

  /// Takes a screenshot of a page (`CHROMIUM PAGE PNG light|dark`) and prints its width, height,
  /// number of colours, pixels not of the background colour (the most common), red pixels, and
  /// the background's red, green and blue.
  static let script = """
    import struct, subprocess, sys, zlib
    from collections import Counter
    from itertools import accumulate
    chromium, page, png, scheme = sys.argv[1:5]
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--screenshot=" + png, "--window-size=1280,1600"]
    if scheme == "dark":
        command.append("--force-dark-mode")
    subprocess.run(command + ["file://" + page], check=True, capture_output=True, timeout=120)
    data = open(png, "rb").read()
    assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "not a PNG"
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    step = 3 if colour == 2 else 4
    stride = width * step
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    pixels = Counter()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for k in range(step):
                line[k::step] = bytes(accumulate(line[k::step], lambda a, b: (a + b) & 255))
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind in (3, 4):
            for i in range(stride):
                a = line[i - step] if i >= step else 0
                b, c = previous[i], previous[i - step] if i >= step else 0
                if kind == 3:
                    line[i] = (line[i] + (a + b) // 2) & 255
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.update(zip(line[0::step], line[1::step], line[2::step]))
        previous = line
    background, count = pixels.most_common(1)[0]
    red = sum(n for (r, g, b), n in pixels.items() if r > 180 and g < 100 and b < 100)
    print(width, height, len(pixels), width * height - count, red, *background)
    """
}
