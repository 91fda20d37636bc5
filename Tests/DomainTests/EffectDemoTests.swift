import Demo
import Effects
import Testing
@testable import Domain

/// On the demo: the planted improvement of Turboforløb is found, with an interval that excludes zero and contains the
/// planted size, and the kinds with nothing planted have intervals that contain zero.
@Suite struct EffectDemoTests {
    static let today = Day(year: 2026, month: 12, day: 4)!

    static func state(_ today: Day = today) throws -> NetworkState {
        var seq = 0
        return NetworkState.replay(try DemoNetwork.events(today: today).map { e in
            seq += 1
            return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event)
        })
    }

    @Test func thePlantedImprovementIsFoundAndNoOther() throws {
        let s = try Self.state()
        let table = s.effectTable("elevloeft", options: EstimateOptions(repetitions: 199))
        #expect(!table.isEmpty)
        #expect(Set(table.map(\.kind.id)).count == 6 && Set(table.map(\.indicator.id)).count == 3)
        for cell in table {
            let name = "\(cell.kind.id) × \(cell.indicator.id)"
            let e = try #require(cell.estimate, "\(name): \(String(describing: cell.problem)) \(String(describing: cell.panelProblem))")
            let i = try #require(e.interval, "\(name)")
            #expect(e.comparison > 1_000, "\(name): \(e.comparison) comparison schools")
            if cell.kind.id == "turbo" {
                let planted = cell.indicator.id == "karaktergennemsnit" ? 0.4 : -8.0
                #expect(!i.contains(0) && i.contains(planted), "\(name): \(i) for a planted \(planted)")
                // In the indicator's direction, better: a fall in a share below 4, a rise in the grade average.
                #expect(cell.indicator.better.gain(e.overall.att) > 0)
            } else {
                #expect(i.contains(0), "\(name): \(i) though nothing was planted")
            }
        }
    }

    /// Schools that started another kind in the same school year are counted, so the reader knows the estimate
    /// cannot tell the two apart; Turboforløb, given alone in the demo, has none.
    @Test func otherKindsStartedAlongsideAreCounted() throws {
        let s = try Self.state()
        let turbo = try s.effectPanel("elevloeft", kind: "turbo", indicator: "karaktergennemsnit")
        #expect(turbo.alsoStarted.isEmpty)
        let peer = try s.effectPanel("elevloeft", kind: "peer", indicator: "karaktergennemsnit")
        #expect(!peer.alsoStarted.isEmpty)
        for co in peer.alsoStarted {
            let both = s.interventions.values.filter { i in
                guard i.key.programme == "elevloeft", i.key.kind == "peer", let a = i.started,
                      let b = s.interventions[InterventionKey("elevloeft", i.key.school, co.kind.id)]?.started else { return false }
                return SchoolYear(containing: a) == SchoolYear(containing: b)
            }
            #expect(co.schools == both.count, "\(co.kind.id)")
        }
    }
}
