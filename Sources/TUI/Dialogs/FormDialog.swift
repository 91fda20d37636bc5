import Domain
import Wording

/// A form: fields in full, the focused one typed into or chosen with ←/→, the error said as it is typed; Enter
/// asks before writing, and "no" comes back here with what was typed.
extension Form: Dialog {
    var overlay: Overlay { .form(self) }

    func take(_ key: Key, _ m: inout Model) {
        var form = self
        if form.fields[form.focus].choose(key) { form.error = m.validate(form); m.overlay = .form(form); return }
        switch key {
        case .escape, .ctrl("c"): m.overlay = nil
        case .tab, .down: form.focus = (form.focus + 1) % form.fields.count; m.overlay = .form(form)
        case .backTab, .up: form.focus = (form.focus + form.fields.count - 1) % form.fields.count; m.overlay = .form(form)
        case .backspace:
            form.fields[form.focus].value = String(form.fields[form.focus].value.dropLast())
            form.error = m.validate(form); m.overlay = .form(form)
        // As in a shell: ctrl-u clears the field, ctrl-w takes back the last word.
        case .ctrl("u"):
            form.fields[form.focus].value = ""
            form.error = m.validate(form); m.overlay = .form(form)
        case .ctrl("w"):
            let v = form.fields[form.focus].value
            let kept = v.reversed().drop { $0 == " " }.drop { $0 != " " }
            form.fields[form.focus].value = String(kept.reversed())
            form.error = m.validate(form); m.overlay = .form(form)
        case .char(let c):
            form.fields[form.focus].value.append(c)
            form.error = m.validate(form); m.overlay = .form(form)
        case .enter:
            if let error = m.validate(form) ?? m.refusal(form) { form.error = error; m.overlay = .form(form); return }
            var c = m.confirmation(form)
            c.back = .form(form)
            m.overlay = .confirm(c)
        default: break
        }
    }

    func draw(_ m: Model, into g: inout Grid) {
        let title = spec.title(self, m)
        // Fields two rows apart when there is room, else packed.
        // Labels in full (as wide as the longest), and the error wrapped to as many lines as it needs.
        let labelWidth = min(24, fields.map { m.text($0.id.label).displayWidth }.max() ?? 10)
        // As wide as the longest value typed (a list of names, say) when the screen has room, so none is cut.
        let longest = fields.filter(\.choices.isEmpty).map { $0.value.displayWidth + 2 }.max() ?? 0
        let width = min(m.width - 2, max(64, labelWidth + 44, labelWidth + 6 + longest))
        let errorLines = error.map { ("⚠ " + $0).wrapped(to: width - 6) } ?? []
        let extra = max(1, errorLines.count)
        let spacing = values.count * 2 + 4 + extra <= m.height - 2 ? 2 : 1
        let r = DialogFrame.centred(width: width, height: values.count * spacing + 4 + extra, title: title, &g)
        let inner = r.inset(1)
        for (i, field) in fields.enumerated() {
            let y = inner.y + 1 + i * spacing
            g.put(m.text(field.id.label), x: inner.x + 1, y: y, style: Style(.muted), limit: labelWidth)
            let focused = i == focus
            let box = Rect(x: inner.x + labelWidth + 2, y: y, width: inner.width - labelWidth - 4, height: 1)
            if field.choices.isEmpty {
                g.fill(box, style: Style(focused ? .selection : .muted, focused ? [] : .underline))
                // Typing happens at the end: a focused value too long for its box shows its end, as an input line does.
                var shown = field.value + (focused ? "▏" : "")
                if focused, shown.displayWidth > box.width {
                    while shown.displayWidth > box.width - 1, !shown.isEmpty { shown.removeFirst() }
                    shown = "…" + shown
                }
                let used = g.put(shown, x: box.x, y: y, style: Style(focused ? .selection : .text), limit: box.width)
                if field.value.isEmpty, !field.placeholder.isEmpty {
                    g.put(field.placeholder, x: box.x + used, y: y, style: Style(focused ? .selection : .muted, .italic), limit: box.width - used)
                }
            } else {
                Self.choices(field, focused: focused, m, in: box, &g)
            }
        }
        for (i, line) in errorLines.enumerated() {
            g.put(line, x: inner.x + 1, y: inner.maxY - 1 - errorLines.count + i, style: Style(.error, .bold), limit: inner.width - 2)
        }
        let hint = fields[focus].choices.isEmpty ? m.text(.formHint) : m.text(.formChoiceHint)
        g.put(hint, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
    }

    /// A choice field: every choice side by side, the chosen one marked; "‹ chosen ›" when they do not fit.
    static func choices(_ field: Field, focused: Bool, _ m: Model, in box: Rect, _ g: inout Grid) {
        let shown = field.choices.map { $0.isEmpty ? m.text(.formNoChoice) : $0 }
        let chosen = field.choices.firstIndex(of: field.value)
        let all = shown.map { " \($0) " }.joined()
        guard all.displayWidth <= box.width else {
            let v = chosen.map { shown[$0] } ?? field.value
            g.put("‹ " + v + " ›", x: box.x, y: box.y, style: Style(focused ? .selection : .text, .bold), limit: box.width)
            return
        }
        var x = box.x
        for (i, c) in shown.enumerated() {
            let style = i == chosen ? Style(focused ? .selection : .accent, .bold) : Style(.muted)
            x += g.put(i == chosen ? "[\(c)]" : " \(c) ", x: x, y: box.y, style: style, limit: box.maxX - x)
        }
    }
}
