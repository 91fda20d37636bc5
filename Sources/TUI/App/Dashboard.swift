import Domain

/// The Elm-style loop: draw the model, wait for a key, a resize or a tick, update, repeat.
public enum Dashboard {
    /// How often the log is checked for other processes' appends, in ms.
    static let pollInterval: Int32 = 250

    public static func run(log: EventLog, model start: Model, theme: Theme) throws {
        let terminal = try Terminal(theme: theme)
        defer { terminal.end() }
        var model = start
        let size = terminal.size
        update(&model, .resize(width: size.width, height: size.height))
        for notice in log.takeNotices() { update(&model, .notice(model.text.message(notice))) }
        var dirty = true
        while !model.quitting {
            if dirty { terminal.draw(view(model)); dirty = false }
            switch terminal.read(timeout: pollInterval) {
            case .key(let k)?:
                update(&model, .key(k)); dirty = true
            case .resize?:
                let s = terminal.size
                update(&model, .resize(width: s.width, height: s.height)); dirty = true
            case nil:
                do {
                    if try log.refresh() { update(&model, .stateChanged(log.state)); dirty = true }
                } catch {
                    update(&model, .notice(model.text.message(error))); dirty = true
                }
            }
        }
    }
}
