/// What a language's files lack, worded for the person who wrote them.
extension Catalogue {
    public func message(_ p: LanguageFileProblem) -> String {
        switch p {
        case .missingFile(let area): return self(.langMissingFile, area + ".json")
        case .notAnObject(let area): return self(.langNotAnObject, area + ".json")
        case .wrongList(let key, let count): return self(.langWrongList, key, count)
        case .missingForm(let key): return self(.langMissingForm, key)
        case .unknownKey(let area, let key): return self(.langUnknownKey, area + ".json", key)
        case .notText(let area, let key): return self(.langNotText, area + ".json", key)
        case .missingTexts(let area, let keys): return self(.langMissingTexts, area + ".json", keys.count, keys.prefix(5).joined(separator: ", "))
        }
    }
}
