// swift-tools-version: 6.0
// The fuzz targets, a package of their own so that the main package's `swift build` and `swift test`
// never see them: `scripts/fuzz.sh` builds this one with `-sanitize=fuzzer,address` in its own
// scratch folder. The entry point is `LLVMFuzzerTestOneInput`, called by libFuzzer's driver (the
// toolchain ships libFuzzer), which `FuzzDriver` starts from the executable's `main`.
import PackageDescription

let package = Package(
  name: "CloseoutFuzz",
  dependencies: [.package(name: "Closeout", path: "..")],
  targets: [
    .executableTarget(
      name: "closeout-fuzz",
      dependencies: [
        .product(name: "YAML", package: "Closeout"), .product(name: "CEL", package: "Closeout"),
        .product(name: "CloseoutKit", package: "Closeout"), "FuzzDriver",
      ],
      // Only this target links libFuzzer (which brings `main`); the rest of the graph, host tools
      // included, gets `-sanitize=address` and coverage from scripts/fuzz.sh's `-Xswiftc` flags.
      swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    ),
    .target(name: "FuzzDriver"),
  ]
)
