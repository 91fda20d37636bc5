import DequeModule

/// What undo needs: each person's stack of records and the last touch of each entity they hold. Nothing on the
/// dashboard's first frame reads it (only a write, an undo, a look back or a snapshot written), so a snapshot's
/// undo book stays in its bytes until first used (`Deferred`, MadeOnce.swift): at a million events it was a quarter
/// of unpacking.
struct UndoBook: Sendable, Equatable {
    var stacks: [String: Deque<UndoRecord>] = [:]
    var touched = Touches()
}
