import Domain
import FileStore
import Foundation
import Glibc
import TUI

/// The dashboard's memory once it has settled: opened from the snapshot and the snapshot audited against the records
/// behind it, as a person's dashboard is a few seconds after it opens; with `history`, Historik opened at once, so
/// those records are read and kept too. (The first frame's figure is the memory before any of that.)
extension LogBench {
    /// In a fresh process: the dashboard loop, off-screen, from the first frame until it has settled.
    static func openAndSettle(path: String, history: Bool) throws {
        let t = nanoseconds()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        precondition(log.snapshot != nil && !log.historyLoaded)
        var model = Model(state: log.state, events: [], today: today, width: 160, height: 48, user: "koord", logPath: path)
        if history { model.view = .history }
        Dashboard.run(network: log, model: &model, clock: .fixed(Copenhagen.timestamp(today, minutes: 12 * 60)),
                      backend: SettleBackend(log, history: history))
        precondition(log.snapshotAudited && log.historyLoaded == history && (model.events.count == log.recordCount) == history)
        print(#"{"seconds":\#(seconds(since: t)),"rss_kb":\#(residentKB())}"#)
    }
}

/// A screen nobody looks at, closed once the network has settled.
final class SettleBackend: Backend {
    let size = (width: 160, height: 48)
    let log: LiveNetwork
    let history: Bool

    init(_ log: LiveNetwork, history: Bool) { self.log = log; self.history = history }

    func draw(_ grid: Grid) {}

    func read(timeout ms: Int32) -> InputEvent? {
        if log.snapshotAudited || log.snapshot == nil, log.historyLoaded || !history { return .closed }
        usleep(useconds_t(ms) * 1000)
        return nil
    }

    func end() {}
}
