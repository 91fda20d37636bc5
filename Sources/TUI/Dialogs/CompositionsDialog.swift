import Domain
import Wording

/// `O`: suggested cluster compositions; Enter adopts one after confirmation.
public struct CompositionsDialog: ListDialog {
    public var list: [Composition]
    public var cursor = Cursor()
    var overlay: Overlay { .compositions(self) }

    func count(_ m: Model) -> Int { list.count }

    func choose(_ key: Key, _ m: inout Model) {
        let i = cursor.selected
        guard key == .enter, list.indices.contains(i), !list[i].moves.isEmpty else { return }
        guard let cluster = list[i].cluster else { m.notice = .compositionNeedsCluster; return }
        let name = m.state.clusters[cluster]?.name ?? cluster
        m.overlay = .confirm(Confirmation(question: m.text(.confirmAdopt, list[i].moves.count, name),
                                          commands: list[i].moves.map { .placeSchool(cluster: cluster, school: $0) }, back: overlay))
    }

    func draw(_ m: Model, into g: inout Grid) {
        let r = DialogFrame.centred(width: min(m.width - 4, 110), height: min(m.height - 2, list.count * 4 + 3), title: m.text(.compositionsTitle), &g)
        let inner = r.inset(1)
        let blocks = list.map { comp in
            let names = comp.members.compactMap { m.state.schools[$0]?.name }.joined(separator: ", ")
            let kinds = comp.sharedKinds.compactMap { k in m.programme.flatMap { m.state.interventionKind($0, k)?.name } }
            return Block(head: (comp.cluster.map { m.state.clusters[$0]?.name ?? $0 } ?? m.text(.compositionNew)) + ": " + names,
                         body: m.text(.compositionWhy, kinds.isEmpty ? "–" : kinds.joined(separator: ", "), comp.spanKm, comp.moves.count)
                            .wrapped(to: inner.width - 4), style: Style(.muted))
        }
        Block.draw(blocks, cursor, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), frame: r, m, &g)
    }
}
