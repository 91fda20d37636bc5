import Domain

extension Catalogue {
    /// A kind of event, as the history's filter names it; the log itself keeps the id ("contact.recorded").
    public func name(_ t: EventType) -> String {
        switch t {
        case .programmeDefined: return self(.eventProgrammeDefined)
        case .schoolRegistered: return self(.eventSchoolRegistered)
        case .schoolUpdated: return self(.eventSchoolUpdated)
        case .personUpdated: return self(.eventPersonUpdated)
        case .participationSet: return self(.eventParticipationSet)
        case .personRegistered: return self(.eventPersonRegistered)
        case .consultantAssigned: return self(.eventConsultantAssigned)
        case .clusterFormed: return self(.eventClusterFormed)
        case .clusterRenamed: return self(.eventClusterRenamed)
        case .schoolPlaced: return self(.eventSchoolPlaced)
        case .interventionKindDefined: return self(.eventInterventionKindDefined)
        case .interventionStatusSet: return self(.eventInterventionStatusSet)
        case .meetingScheduled: return self(.eventMeetingScheduled)
        case .meetingMoved: return self(.eventMeetingMoved)
        case .meetingCancelled: return self(.eventMeetingCancelled)
        case .meetingHeld: return self(.eventMeetingHeld)
        case .contactRecorded: return self(.eventContactRecorded)
        case .followUpAgreed: return self(.eventFollowUpAgreed)
        case .followUpDone: return self(.eventFollowUpDone)
        case .followUpMoved: return self(.eventFollowUpMoved)
        case .evaluationRecorded: return self(.eventEvaluationRecorded)
        case .feedbackGiven: return self(.eventFeedbackGiven)
        case .indicatorDefined: return self(.eventIndicatorDefined)
        case .indicatorChanged: return self(.eventIndicatorChanged)
        case .measurementRecorded: return self(.eventMeasurementRecorded)
        case .measurementCorrected: return self(.eventMeasurementCorrected)
        case .undone: return self(.eventUndone)
        }
    }
}
