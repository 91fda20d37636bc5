import Domain
import Wording

/// A field of a form, by what it holds.
public enum FieldID: String, Sendable, CaseIterable {
    case date, contactForm, participants, summary, followUp, who, due, reason, indicator, point, value, rating, comment
    case clusterID, clusterName, kind, target, start, duration, location, consultant, period, pupils, amount
    case indicatorID, indicatorName, names, unit, minimum, maximum, decimals, better, periodKind, baseline, targetKind, schoolTarget, programmeTarget, source

    /// The label the form shows.
    var label: UIText {
        switch self {
        case .date: return .formDate
        case .contactForm: return .formForm
        case .participants: return .formParticipants
        case .summary: return .formSummary
        case .followUp: return .formFollowUp
        case .who: return .formWho
        case .due: return .formDue
        case .reason: return .formReason
        case .indicator: return .formIndicator
        case .point: return .formPoint
        case .value: return .formValue
        case .rating: return .formRating
        case .comment: return .formComment
        case .clusterID: return .formClusterID
        case .clusterName: return .formClusterName
        case .kind: return .formKind
        case .target: return .formTarget
        case .start: return .formStart
        case .duration: return .formDuration
        case .location: return .formWhere
        case .consultant: return .formConsultant
        case .period: return .formPeriod
        case .pupils: return .formPupils
        case .amount: return .formAmount
        case .indicatorID: return .formIndicatorID
        case .indicatorName: return .formIndicatorName
        case .names: return .formNames
        case .unit: return .formUnit
        case .minimum: return .formMinimum
        case .maximum: return .formMaximum
        case .decimals: return .formDecimals
        case .better: return .formBetter
        case .periodKind: return .formPeriodKind
        case .baseline: return .formBaseline
        case .targetKind: return .formTargetKind
        case .schoolTarget: return .formSchoolTarget
        case .programmeTarget: return .formProgrammeTarget
        case .source: return .formSource
        }
    }
}

public struct Field: Sendable, Equatable {
    public let id: FieldID
    public var value: String
    /// Whether it may stay empty.
    public let optional: Bool
    /// The values it may take, worded, when it is a choice rather than text ("" is "none" in an optional one).
    public let choices: [String]
    /// What an empty text field stands for, said in it, muted, until something is typed («Anne J., hvis tom»).
    public let placeholder: String
    public init(_ id: FieldID, _ value: String = "", optional: Bool = false, choices: [String] = [], placeholder: String = "") {
        self.id = id; self.value = value; self.optional = optional; self.placeholder = placeholder
        self.choices = choices.isEmpty || !optional ? choices : [""] + choices
    }

    /// Takes a key as a choice field does: ←/→ or space step through the choices, a letter or digit picks the next choice
    /// starting with it, backspace clears an optional one. False for a key a choice does not take, or a text field.
    mutating func choose(_ key: Key) -> Bool {
        guard !choices.isEmpty else { return false }
        let at = choices.firstIndex(of: value) ?? -1
        switch key {
        case .right, .char(" "): value = choices[(at + 1) % choices.count]
        case .left: value = choices[(at - 1 + choices.count) % choices.count]
        case .backspace, .ctrl("u"), .ctrl("w"): if optional { value = "" }
        case .char(let c):
            let letter = Folding.keys(String(c)).short
            let order = choices.indices.map { (at + 1 + $0) % choices.count }
            if let next = order.first(where: { Folding.keys(String(choices[$0].prefix(1))).short == letter && !choices[$0].isEmpty }) {
                value = choices[next]
            }
        default: return false
        }
        return true
    }
}

/// A small form: named fields, one focused, and what it is for. What it checks, what command it makes and
/// what it asks before writing is its spec's (`Form.spec`, one type per form in this folder).
public struct Form: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case createCluster
        case renameCluster(id: String)
        case recordContact(school: String)
        case stopIntervention(InterventionKey)
        case participation(school: String, status: ParticipationStatus)
        case evaluation(school: String)
        case measurement(school: String)
        /// A new indicator (nil) or the one of this id, changed.
        case indicator(id: String?)
        case rateMeeting(id: String)
        case moveFollowUp(id: String)
        case newMeeting
        case moveMeeting(id: String)
        case cancelMeeting(id: String)
    }
    public var purpose: Purpose
    public var fields: [Field]
    public var focus = 0
    /// What is wrong with what is typed so far, worded.
    public var error: String?

    public init(_ purpose: Purpose, _ fields: [Field], focus: FieldID? = nil) {
        self.purpose = purpose
        self.fields = fields
        self.focus = focus.flatMap { f in fields.firstIndex { $0.id == f } } ?? 0
    }

    /// A field's value, without surrounding spaces; "" for a field the form does not have.
    public subscript(_ id: FieldID) -> String {
        fields.first { $0.id == id }?.value.trimmingCharacters(in: .whitespaces) ?? ""
    }

    /// The values as typed, in order.
    public var values: [String] { fields.map(\.value) }

    var spec: any FormSpec.Type {
        switch purpose {
        case .createCluster: return CreateClusterSpec.self
        case .renameCluster: return RenameClusterSpec.self
        case .recordContact: return ContactSpec.self
        case .stopIntervention: return StopInterventionSpec.self
        case .participation: return ParticipationSpec.self
        case .evaluation: return EvaluationSpec.self
        case .measurement: return MeasurementSpec.self
        case .indicator: return IndicatorSpec.self
        case .rateMeeting: return RateMeetingSpec.self
        case .moveFollowUp: return MoveFollowUpSpec.self
        case .newMeeting: return NewMeetingSpec.self
        case .moveMeeting: return MoveMeetingSpec.self
        case .cancelMeeting: return CancelMeetingSpec.self
        }
    }
}

/// One form's behaviour: its title, what it checks as it is typed, the command it makes, and the question
/// asked before that command is written.
protocol FormSpec {
    static func title(_ f: Form, _ m: Model) -> String
    /// What is wrong beyond an empty required field (which every form checks first); nil when nothing is.
    static func problem(_ f: Form, _ m: Model) -> String?
    /// The command the values make; nil while they do not make one.
    static func command(_ f: Form, _ m: Model) -> Command?
    static func question(_ f: Form, _ m: Model) -> String
}

extension FormSpec {
    static func problem(_ f: Form, _ m: Model) -> String? { nil }
    static func question(_ f: Form, _ m: Model) -> String { m.text(.confirmGeneric, title(f, m)) }
}

extension Model {
    /// Checks a form as it is typed: a required field left empty is named first, then the form's own checks.
    func validate(_ form: Form) -> String? {
        if let empty = form.fields.first(where: { !$0.optional && $0.value.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return text(.domEmptyField, text(empty.id.label))
        }
        return form.spec.problem(form, self)
    }

    func command(for form: Form) -> Command? { form.spec.command(form, self) }

    /// Asks Domain, against the state on screen, whether the form's command would be refused.
    func refusal(_ form: Form) -> String? { command(for: form).flatMap(refusal) }

    func confirmation(_ form: Form) -> Confirmation {
        Confirmation(question: form.spec.question(form, self), command: command(for: form)!)
    }
}
