import Foundation
import PackagePlugin

/// Compiles the top-level `rules/` directory into CloseoutKit, so the binary carries its default
/// rule set and works from any directory without resource bundles.
@main
struct EmbedDefaultRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let rulesDirectory = context.package.directoryURL.appending(path: "rules")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".yaml") }.sorted().map { rulesDirectory.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "DefaultRules.generated.swift")
    return [
      .buildCommand(
        displayName: "Embedding the default rule files",
        executable: try context.tool(named: "embed-rules").url,
        arguments: [output.path, rulesDirectory.path],
        // The directory itself is an input too: adding or removing a file changes it, which
        // reruns the command (SwiftPM does not re-run a plugin's planning for a new file).
        inputFiles: inputs + [rulesDirectory],
        outputFiles: [output]
      )
    ]
  }
}
