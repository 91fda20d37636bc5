import Testing
@testable import Domain

/// Short names stand for people where a full name has no room, so no two people may share one.
@Suite struct ShortNameTests {
    func state(_ people: [(String, String)]) -> NetworkState {
        var s = NetworkState()
        for (i, (handle, full)) in people.enumerated() {
            s.apply(Recorded(seq: i + 1, at: Timestamp(milliseconds: 0), actor: "root",
                             event: .personRegistered(Person(name: handle, fullName: full, role: .consultant))))
        }
        return s
    }

    @Test func alikeShortNamesAreToldApartByAsLittleOfTheLastNameAsNeeded() {
        let s = state([("mf", "Mette Fogh"), ("aje", "Anne Jensen"), ("ajo", "Anne Johansen"), ("bo", "Bo"),
                       ("am", "Anne Marie Jensen"), ("aj2", "Anne Jensen"), ("k41", "Konsulent k41"), ("k4", "Konsulent k4"),
                       ("k410", "Konsulent k410"), ("eh", "Erik Hansen"), ("eho", "Erik Holm"), ("bo2", "Bo")])
        let names = s.shortNames()
        #expect(names["mf"] == "Mette F.")
        #expect(state([("bo", "Bo")]).shortNames()["bo"] == "Bo")
        #expect(names["bo"] == "Bo (bo)" && names["bo2"] == "Bo (bo2)", "one word, two people")
        // «Anne J.» three ways: two Anne Jensens, alike in full, and an Anne Marie Jensen alike in first and last name.
        #expect(names["aje"] == "Anne Jensen (aje)" && names["aj2"] == "Anne Jensen (aj2)")
        #expect(names["am"] == "Anne Marie Jensen")
        #expect(names["ajo"] == "Anne J.")
        // «Konsulent k.» three ways: as much of each as tells them apart, the whole where that is all.
        #expect(names["k4"] == "Konsulent k4" && names["k41"] == "Konsulent k41" && names["k410"] == "Konsulent k410")
        #expect(names["eh"] == "Erik Ha." && names["eho"] == "Erik Ho.")
        // No two people share a name, and each is known.
        #expect(Set(names.values).count == names.count && names.count == s.people.count)
    }

    @Test func aThousandConsultantsNamedAlikeHaveAThousandNames() {
        let s = state((1...1000).map { ("k\($0)", "Konsulent k\($0)") })
        let names = s.shortNames()
        #expect(Set(names.values).count == 1000)
        #expect(names["k7"] == "Konsulent k7" && names["k1000"] == "Konsulent k1000")
    }
}
