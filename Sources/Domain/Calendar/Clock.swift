/// The one place "now" comes from. Every command and the dashboard read time through a clock; `update`,
/// views and queries take the day they are given and never read the wall clock themselves.
public struct Clock: Sendable {
    /// The day the clock is pinned to (`--today`, `TAVLE_TODAY`), if any.
    public let pinnedDay: Day?
    private let readSystem: @Sendable () -> Timestamp

    /// With a pinned day, the clock keeps the real time of day on that day in Denmark, so that successive
    /// writes still move forward. `system` is the wall clock; tests give their own.
    public init(pinnedDay: Day? = nil, system: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) {
        self.pinnedDay = pinnedDay
        readSystem = system
    }

    public func now() -> Timestamp {
        let real = readSystem()
        guard let pinnedDay else { return real }
        let local = Copenhagen.local(real)
        let withinMinute = real.milliseconds - real.milliseconds.floorDiv(60_000) * 60_000
        return Timestamp(milliseconds: Copenhagen.timestamp(pinnedDay, minutes: local.minutes).milliseconds + withinMinute)
    }

    /// Today in Denmark.
    public var today: Day { now().danishDay }

    /// A clock stopped at one moment, for tests.
    public static func fixed(_ t: Timestamp) -> Clock { Clock(system: { t }) }
}
