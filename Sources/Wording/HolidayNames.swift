import Domain

/// The names of public holidays and school holidays in the reader's language.
extension Catalogue {
    public func name(_ h: Holiday) -> String {
        switch h {
        case .nytaarsdag: return self(.holidayNewYear)
        case .skaertorsdag: return self(.holidayMaundyThursday)
        case .langfredag: return self(.holidayGoodFriday)
        case .paaskedag: return self(.holidayEaster)
        case .andenPaaskedag: return self(.holidayEasterMonday)
        case .storeBededag: return self(.holidayPrayerDay)
        case .kristiHimmelfartsdag: return self(.holidayAscension)
        case .pinsedag: return self(.holidayWhitSunday)
        case .andenPinsedag: return self(.holidayWhitMonday)
        case .juledag: return self(.holidayChristmas)
        case .andenJuledag: return self(.holidaySecondChristmas)
        }
    }

    public func name(_ h: SchoolHoliday) -> String {
        switch h {
        case .vinterferie: return self(.hVinter)
        case .paaskeferie: return self(.hPaaske)
        case .sommerferie: return self(.hSommer)
        case .efteraarsferie: return self(.hEfteraar)
        case .juleferie: return self(.hJul)
        case .grundlovsdag: return self(.hGrundlov)
        case .fredagEfterKristiHimmelfart: return self(.hAscensionFriday)
        }
    }
}
