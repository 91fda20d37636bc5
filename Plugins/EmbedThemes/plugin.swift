import Foundation
import PackagePlugin

/// Builds `Theme.builtinSources` from `themes/*.toml`: the TOML files are the one source of the built-in themes.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "themes")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinThemes.swift")
        return [.buildCommand(displayName: "Embedding \(files.count) themes", executable: try context.tool(named: "embed-themes").url,
                              arguments: [output.path] + files.map(\.path), inputFiles: files, outputFiles: [output])]
    }
}
