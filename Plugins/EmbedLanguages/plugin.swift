import Foundation
import PackagePlugin

/// Builds `LanguagePack.builtinSources` from `languages/<code>/*.json`: a language is its folder of files, found
/// here by listing the folders, so adding one touches no code.
@main
struct EmbedLanguages: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "languages")
        let codes = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
            .filter { $0.hasDirectoryPath }
        var files: [URL] = []
        for folder in codes {
            files += try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "json" }
        }
        files.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinLanguages.swift")
        return [.buildCommand(displayName: "Embedding \(codes.count) languages", executable: try context.tool(named: "embed-languages").url,
                              arguments: [output.path] + files.map(\.path), inputFiles: files, outputFiles: [output])]
    }
}
