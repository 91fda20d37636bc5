/// One notion of a school that takes part, used by every query: it accepted a place and has not withdrawn or
/// declined since, in the state viewed (so time travel answers as of that day). A school that left stays in the
/// history, on its own page and in its cluster's list (marked there), but not in a caseload's worries, the
/// stalled list, a cluster's count, a meeting's participants or a host rotation.
extension NetworkState {
    public func isActive(_ programme: ProgrammeID, _ school: String) -> Bool {
        participation[Enrolment(programme, school)]?.status == .accepted
    }

    /// A cluster's members that take part, in the cluster's order.
    public func activeMembers(_ cluster: Cluster) -> [String] {
        cluster.members.filter { isActive(cluster.programme, $0) }
    }
}
