import Domain
import Wording

/// What sits on top of the view and takes the keys first: one case a dialog, each carrying its dialog's state.
/// A new dialog is its file (a type conforming to `Dialog`) and a case here, with its line in `dialog`.
public indirect enum Overlay: Sendable, Equatable {
    case help(HelpDialog)
    case filter(FilterLine)
    case palette(PaletteDialog)
    case facets(FacetsDialog)
    case facetValues(FacetValuesDialog)
    case form(Form)
    case confirm(Confirmation)
    case pickCluster(PickClusterDialog)
    case pickStatus(PickStatusDialog)
    case suggestions(SuggestionsDialog)
    case plan(PlanDialog)
    case compositions(CompositionsDialog)
    case calendarFilter(CalendarFilterDialog)
    case meeting(MeetingDialog)
    case pickParticipation(PickParticipationDialog)
    case pickFollowUp(PickFollowUpDialog)
    case pickIntervention(PickInterventionDialog)
    case pickCaseload(PickCaseloadDialog)

    /// The one mapping from an overlay to its dialog.
    var dialog: any Dialog {
        switch self {
        case .help(let d): return d
        case .filter(let d): return d
        case .palette(let d): return d
        case .facets(let d): return d
        case .facetValues(let d): return d
        case .form(let d): return d
        case .confirm(let d): return d
        case .pickCluster(let d): return d
        case .pickStatus(let d): return d
        case .suggestions(let d): return d
        case .plan(let d): return d
        case .compositions(let d): return d
        case .calendarFilter(let d): return d
        case .meeting(let d): return d
        case .pickParticipation(let d): return d
        case .pickFollowUp(let d): return d
        case .pickIntervention(let d): return d
        case .pickCaseload(let d): return d
        }
    }
}

/// A line of text being typed, with the highlighted completion.
public struct TextInput: Sendable, Equatable {
    public var text = ""
    public var selected = 0
}
