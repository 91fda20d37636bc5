import Testing
@testable import Domain

/// A new measurement's undo record is built without the general footprint (`createdMeasurementTouches`): it must
/// be the record the general way builds, and leave the table of last touchers as the general way does.
@Suite struct MeasurementTouchesTests {
    static let schools = ["049001", "101002", "147003", "151004", "157005", "159006", "161007", "163008"]

    /// Mostly measurements (new, or of a period measured before), with now and then a write of a school or an
    /// indicator they read (held while the write is in a stack, and most often not: the setup's school 049001 and
    /// indicator dansk aside), contacts, and undos, by three people, one record in three at the moment of the one before.
    static func event(_ r: Int, step: Int, _ state: NetworkState) -> Recorded {
        let actor = ["ahj", "mfr", "kbn"][r % 3], school = schools[(r / 3) % schools.count]
        let indicator = ["dansk", "matematik", "trivsel"][(r / 29) % 3], p = TouchesTests.p
        let event: Event
        switch (r / 7) % 200 {
        case 0, 1: event = .schoolUpdated(School(institution: school, name: "Skole \(r % 5)", municipality: 101, kind: .folkeskole))
        case 2: event = .indicatorDefined(IndicatorDefinition(id: indicator, programme: p, names: [LocalName("da", "Navn \(r % 3)")]))
        case 3..<20: event = .contactRecorded(Contact(id: "C\(r % 50)", programme: p, school: school, date: TouchesTests.day,
                                                    form: .phone, summary: "s"))
        case 20..<30:
            let stack = state.undoStacks[actor].map(Array.init) ?? []
            event = .undone(seq: stack.isEmpty ? 1 : stack[stack.count - 1 - r % min(stack.count, 4)].seq)
        default:
            event = .measurementRecorded(Measurement(programme: p, indicator: indicator, school: school,
                                                     period: .schoolYear(1990 + (r / 11) % 60), value: Fixed(r % 90)))
        }
        let ms = Int64(step) * 1000 - (r % 3 == 0 ? 1000 : 0)
        return Recorded(seq: state.lastSeq + 1, at: Timestamp(milliseconds: 1_800_000_000_000 + ms), actor: actor, event: event)
    }

    @Test func aNewMeasurementKeepsWhatTheGeneralWayKeeps() {
        var compared = 0, withReads = 0
        for seed in 0..<12 {
            var (state, _) = TouchesTests.start()
            var r = seed * 7_919 + 1
            for step in 0..<1_500 {
                r = (r &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
                let recorded = Self.event(r >> 4, step: step, state)
                guard case .measurementRecorded(let m) = recorded.event, state.measurements[m.series]?.point(m.period) == nil else {
                    state.apply(recorded)
                    continue
                }
                var fast = state, general = state
                let touches = fast.createdMeasurementTouches(m, by: recorded.seq)
                let (expected, writeCount) = general.touchesInGeneral(recorded, created: true)
                #expect(writeCount == 1)
                #expect(touches == expected, "seed \(seed), step \(step)")
                #expect(fast.touched == general.touched, "seed \(seed), step \(step)")
                compared += 1
                if touches.count > 1 { withReads += 1 }
                // And the record on the stack is that one.
                state.apply(recorded)
                #expect(state.undoStacks[recorded.actor]?.last?.previousTouched == expected)
            }
        }
        // Enough of both kinds: reads dropped, and reads a stack held (an indicator or a school written before).
        #expect(compared > 3_000)
        #expect(withReads > 500 && withReads < compared - 500, "\(withReads) of \(compared) kept reads")
    }
}
