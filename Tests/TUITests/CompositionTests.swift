import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

@Suite struct CompositionTests {
    @Test func suggestedClustersCoverEveryAcceptedSchoolOnceAndAdoptingAsksFirst() {
        let list = demoState.compositions("elevloeft")
        let members = list.flatMap(\.members)
        #expect(Set(members).count == members.count)
        #expect(Set(members) == Set(demoState.participation.filter { $0.key.programme == "elevloeft" && $0.value.status == .accepted }.map(\.key.school)))
        #expect(list.allSatisfy { (3...9).contains($0.members.count) && $0.spanKm < 250 })
        var m = demoModel()
        press(&m, .char("3"), .char("O"))
        guard case .compositions? = m.overlay else { Issue.record("no suggestions"); return }
        let index = list.firstIndex { !$0.moves.isEmpty && $0.cluster != nil }!
        for _ in 0..<index { press(&m, .down) }
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no confirmation"); return }
        #expect(c.commands == list[index].moves.map { .placeSchool(cluster: list[index].cluster!, school: $0) })
        press(&m, .char("j"))
        #expect(m.writes.outbox == c.commands)
    }

    @Test func eachExistingClusterIsOfferedToOneGroupAtMost() {
        for programme in ["elevloeft", "fastholdelse"] {
            let list = demoState.compositions(programme, size: 4)
            let targets = list.compactMap(\.cluster)
            #expect(Set(targets).count == targets.count, "\(programme): \(targets)")
            #expect(!targets.isEmpty)
            // A group keeps the cluster most of its schools are in unless a group with more of them claims it.
            for c in list { if let t = c.cluster { #expect(c.members.contains { demoState.clusterOf[Enrolment(programme, $0)] == t }) } }
        }
        // A group left without a cluster says what to do instead of adopting nothing.
        let list = demoState.compositions("elevloeft", size: 4)
        guard let orphan = list.firstIndex(where: { $0.cluster == nil && !$0.moves.isEmpty }) else { Issue.record("no group without a cluster at size 4"); return }
        var m = demoModel(width: 160, height: 48)
        m.overlay = .compositions(CompositionsDialog(list: list))
        for _ in 0..<orphan { press(&m, .down) }
        #expect(view(m).text.contains(m.text(.compositionNew) + ": "))
        press(&m, .enter)
        #expect(m.notice == .compositionNeedsCluster && m.writes.outbox.isEmpty)
        #expect(view(m).text.contains(m.text(.compositionNeedsCluster).prefix(30)))
    }
}
