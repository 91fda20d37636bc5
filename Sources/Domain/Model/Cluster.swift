/// A klynge: about 5 to 6 schools of one programme that meet regularly.
public struct Cluster: Sendable, Equatable {
    public var id: String
    public var programme: ProgrammeID
    public var name: String
    public var track: String?
    public var members: [String]

    public init(id: String, programme: ProgrammeID, name: String, track: String? = nil, members: [String] = []) {
        self.id = id; self.programme = programme; self.name = name; self.track = track; self.members = members
    }
}
