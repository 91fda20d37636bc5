public typealias ProgrammeID = String

/// A national initiative with a period, schools, interventions and activities.
public struct Programme: Sendable, Equatable {
    public var id: ProgrammeID
    public var name: String
    public var start: Day
    public var end: Day
    public var tracks: [Track]

    public init(id: ProgrammeID, name: String, start: Day, end: Day, tracks: [Track] = []) {
        self.id = id; self.name = name; self.start = start; self.end = end; self.tracks = tracks
    }
}

/// A spor: a part of a programme with its own schools and methods.
public struct Track: Sendable, Equatable {
    public var id: String
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}
