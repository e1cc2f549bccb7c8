// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Closeout",
  products: [
    .executable(name: "closeout", targets: ["closeout"]),
    .library(name: "CloseoutKit", targets: ["CloseoutKit"]),
    .library(name: "CEL", targets: ["CEL"]),
    .library(name: "YAML", targets: ["YAML"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(name: "YAML", dependencies: ["CLibYAML"]),
    .target(name: "CEL"),
    .target(name: "CloseoutKit", dependencies: ["YAML", "CEL"], plugins: ["EmbedDefaultRules"]),
    .executableTarget(name: "embed-rules", path: "Sources/embed-rules"),
    .plugin(name: "EmbedDefaultRules", capability: .buildTool(), dependencies: ["embed-rules"]),
    .executableTarget(
      name: "closeout",
      dependencies: ["CloseoutKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .target(name: "CELConformance", dependencies: ["CEL"]),
    .executableTarget(name: "cel-conformance", dependencies: ["CELConformance"]),
    .executableTarget(name: "closeout-bench", dependencies: ["CLibYAML", "CloseoutKit", "YAML"]),
    .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
    .testTarget(
      name: "CELTests", dependencies: ["CEL", "CELConformance"], exclude: ["Conformance/known-failures.md"]),
    .testTarget(name: "CloseoutKitTests", dependencies: ["CloseoutKit"], exclude: ["Fixtures"]),
    .testTarget(name: "CLITests", dependencies: ["closeout", "YAML"], exclude: ["Hostile"]),
  ]
)
